package org.qconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.repository.ResponseStatusRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The layering and the security rules every feature package follows (see docs/decisions/0001). */
@AnalyzeClasses(packages = "org.qconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, PreAuthorize.class, AnonymousAllowed.class);

    @ArchTest
    static final ArchRule viewsNeverTouchTheDatabase = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.qconsole.jooq..", "..repository..",
                    "..query..", "javax.sql..", "java.sql..")
            .because("views call services only");

    @ArchTest
    static final ArchRule onlyRepositoriesAndQueriesUseJooq = noClasses()
            .that().resideOutsideOfPackages("..repository..", "..query..", "org.qconsole.jooq..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.qconsole.jooq..")
            .because("only repositories and queries touch DSLContext and the generated jOOQ types");

    @ArchTest
    static final ArchRule repositoriesAreNotUsedByViews = classes()
            .that().resideInAnyPackage("..repository..", "..query..")
            .should().onlyBeAccessed().byClassesThat().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule onlyTheResponseWorkflowChangesAResponsesStatus = classes()
            .that().belongToAnyOf(ResponseStatusRepository.class)
            .should().onlyHaveDependentClassesThat(JavaClass.Predicates.belongToAnyOf(ResponseWorkflow.class,
                    ResponseStatusRepository.class).or(HasName.Predicates.name("org.qconsole.response.DemoCampaign")))
            .because("the workflow applies who may move a response where, and the required-answers check at"
                    + " submission: no other path may skip them (docs/decisions/0010; the demo data, written as"
                    + " the system before anyone signs in, is the one exception)");

    @ArchTest
    static final ArchRule everyPublicServiceMethodStatesWhoMayCallIt = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should(declareAccess());

    @ArchTest
    static final ArchRule everyViewStatesWhoMayOpenIt = classes()
            .that().areAnnotatedWith(Route.class)
            .or().implement(HasErrorParameter.class)
            .or().implement(RouterLayout.class)
            .should(beAnnotatedWithAnAccessAnnotation());

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> declareAccess() {
        return new ArchCondition<>("be annotated with @RolesAllowed, @PermitAll, @DenyAll or @PreAuthorize") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                boolean declared = ACCESS_ANNOTATIONS.stream().anyMatch(
                        a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!declared && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " states no access rule"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beAnnotatedWithAnAccessAnnotation() {
        return new ArchCondition<>("be annotated with an access annotation") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                if (ACCESS_ANNOTATIONS.stream().noneMatch(view::isAnnotatedWith)) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " states no access rule"));
                }
            }
        };
    }
}

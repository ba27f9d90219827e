package org.qconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.DemoActors;
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
                    ResponseStatusRepository.class))
            .because("the workflow applies who may move a response where, and the required-answers check at"
                    + " submission: no other path may skip them, not even the demo data (docs/decisions/0010, 0012)");

    @ArchTest
    static final ArchRule onlyTheDemoDataActsAsTheDemoRealmsUsers = classes()
            .that().belongToAnyOf(DemoActors.class)
            .should().onlyHaveDependentClassesThat(JavaClass.Predicates.belongToAnyOf(DemoActors.class)
                    .or(DescribedPredicate.describe("are the demo data's start-up steps", (JavaClass c) ->
                            c.isAssignableTo(StartupStep.class) && c.getSimpleName().startsWith("Demo"))))
            .because("signing a user in without the identity provider is for the start-up's demo data only"
                    + " (docs/decisions/0012)");

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

    /** Packages every feature may use: the shared UI library and the shared answer kinds. */
    private static final Set<String> SHARED_FEATURES = Set.of("common", "answer");

    private static final Pattern FEATURE_INTERNALS =
            Pattern.compile("org\\.qconsole\\.([^.]+)\\.(repository|query|ui)(\\..*)?");

    @ArchTest
    static final ArchRule featuresKeepTheirRepositoriesQueriesAndViewsToThemselves = noClasses()
            .should(dependOnAnotherFeaturesInternals())
            .because("a feature is used through its services and values at its root; only common and answer are"
                    + " shared libraries");

    @ArchTest
    static final ArchRule theShellAndCommonImportNoView = noClasses()
            .that().resideInAnyPackage("org.qconsole.shell..", "org.qconsole.common..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are views of a feature",
                    (JavaClass c) -> c.isAnnotatedWith(Route.class) && !c.getPackageName().startsWith("org.qconsole.shell")))
            .because("the navigation and the home page come from the views' @Menu annotations, not from imports");

    @ArchTest
    static final ArchRule viewsArePrivateToTheirPackage = classes()
            .that().areAnnotatedWith(Route.class)
            .or().implement(HasErrorParameter.class)
            .or().implement(RouterLayout.class)
            .should().notBePublic()
            .because("other features reach a view by its route, never by its class");

    @ArchTest
    static final ArchRule vaadinOnlyInTheUserInterface = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.qconsole.plugin.api..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services, values and repositories work without a browser; plugins meet Vaadin in their API");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = KnownCycles.ignored(slices().matching("org.qconsole.(*)..")
            .should().beFreeOfCycles())
            .as("feature packages are free of cycles (except the known edges in KnownCycles, a list that may only"
                    + " shrink)");

    /** The feature of a class in org.qconsole.<feature>.., if any. */
    private static Optional<String> featureOf(String className) {
        String[] parts = className.split("\\.");
        return parts.length > 3 && parts[0].equals("org") && parts[1].equals("qconsole")
                ? Optional.of(parts[2]) : Optional.empty();
    }

    private static ArchCondition<JavaClass> dependOnAnotherFeaturesInternals() {
        return new ArchCondition<>("depend on another feature's repository, query or ui package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = featureOf(origin.getName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = FEATURE_INTERNALS.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !SHARED_FEATURES.contains(target.group(1))
                            && !own.equals(Optional.of(target.group(1)))) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

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

package org.qconsole.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.qconsole.identity.ConsoleOidcUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Browserless view tests (Karibu): the real views, services and database, a demo user signed in as
 * Keycloak would sign them in, and Vaadin's own navigation access control.
 */
@ConsoleTest
public abstract class ViewTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ConsoleOidcUserService users;

    /** Signs the demo user in and opens the console at its root, as after a login. */
    protected void signInAs(String username) {
        OAuth2AuthenticationToken token = SignIn.as(users, username);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(token);
            request.setUserInRole((principal, role) -> token.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /** The item of a select that it shows with this label, as a user picks it by what they read. */
    protected static <T> T labelled(Select<T> select, String label) {
        return select.getListDataView().getItems().filter(item -> label.equals(select.getItemLabelGenerator()
                .apply(item))).findFirst().orElseThrow(() -> new AssertionError("no choice labelled " + label));
    }

    /**
     * Karibu's own discovery sees public classes only, and no {@code @Layout}: the console's views are
     * package-private and their layout is the shell's {@code @Layout}, found here as Vaadin finds them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.qconsole");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.qconsole").scan()) {
            routes.getRoutes().addAll(scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class));
            routes.getRoutes().addAll(scan.getClassesWithAnnotation(Layout.class).loadClasses(Component.class));
            List<Class<?>> errorViews = scan.getClassesImplementing(HasErrorParameter.class).loadClasses();
            // The console's own error views replace Karibu's stand-ins for the same exceptions.
            Set<Object> handled = errorViews.stream().map(ViewTest::handledException).collect(Collectors.toSet());
            routes.getErrorRoutes().removeIf(view -> handled.contains(handledException(view)));
            errorViews.forEach(view -> routes.getErrorRoutes().add((Class) view));
        }
        return routes;
    }

    private static Object handledException(Class<?> errorView) {
        return ReflectTools.getGenericInterfaceType(errorView, HasErrorParameter.class);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}

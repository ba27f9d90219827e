package org.qconsole.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
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

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.qconsole");

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

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}

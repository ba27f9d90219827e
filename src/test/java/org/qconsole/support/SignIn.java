package org.qconsole.support;

import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.UserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Signs a demo user in on the current thread exactly as a Keycloak login would, minus Keycloak. */
public final class SignIn {

    private SignIn() {
    }

    public static OAuth2AuthenticationToken as(ConsoleOidcUserService users, String username) {
        return as(users, DemoRealm.idToken(username));
    }

    /** Signs in with this ID token (a demo user's with claims of the test's own, for example). */
    public static OAuth2AuthenticationToken as(ConsoleOidcUserService users, OidcIdToken idToken) {
        OidcUser user = users.consoleUser(idToken, null);
        OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        return token;
    }

    /**
     * Has a demo user sign in once as a Keycloak login does, announced to the console (which then knows them, for
     * example as a colleague a focal point can give work to); nobody is signed in on the thread afterwards.
     */
    public static void once(ConsoleOidcUserService users, ApplicationEventPublisher events, String username) {
        OidcUser user = as(users, username).getPrincipal() instanceof OidcUser oidc ? oidc : null;
        boolean focalPoint = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.COUNTRY_FOCAL_POINT.authority()));
        events.publishEvent(new UserSignedIn(user.getName(), user.getEmail(), user.getFullName() == null
                ? user.getName() : user.getFullName(), user.getIdToken().getClaimAsString("country"), focalPoint, null));
        out();
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

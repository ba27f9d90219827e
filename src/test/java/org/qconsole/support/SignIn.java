package org.qconsole.support;

import org.qconsole.identity.ConsoleOidcUserService;
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

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

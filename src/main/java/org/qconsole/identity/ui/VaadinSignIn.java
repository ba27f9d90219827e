package org.qconsole.identity.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Vaadin's part of web security: its navigation access control (the views' {@code @RolesAllowed}) and
 * its sign-in page. Kept here so that the security configuration itself needs no Vaadin.
 */
public final class VaadinSignIn {

    private VaadinSignIn() {
    }

    /** After sign-out the identity provider sends the user back to the console's root, which asks them to sign in again. */
    public static HttpSecurity apply(HttpSecurity http, String loginUrl) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(loginUrl, "{baseUrl}"));
    }
}

package org.qconsole.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console's users sign in (see docs/operations/keycloak.md).
 *
 * @param issuerUri the realm's issuer, e.g. {@code https://sso.example.org/realms/questionnaires};
 *     when empty the run command starts the embedded Keycloak and fills it in
 * @param clientId the confidential client registered for the console
 * @param clientSecret that client's secret
 * @param verifyOnStartup fetch the issuer's discovery document at start-up, so that a wrong or
 *     unreachable issuer stops the console at once rather than at the first sign-in
 */
@ConfigurationProperties("console.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, boolean verifyOnStartup) {
}

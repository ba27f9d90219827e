package org.qconsole.identity;

import org.qconsole.common.embedded.EmbeddedServices;
import org.qconsole.common.embedded.StartupProblem;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.util.StringUtils;

/**
 * The console's one OpenID Connect client, configured from the issuer's discovery document (which
 * also yields the end-session endpoint, so that signing out of the console signs out of Keycloak).
 *
 * <p>Resolved on first use; {@link SecurityConfiguration} resolves it at start-up unless told not to,
 * so that a wrong issuer stops the console with one clear message.
 */
class IssuerClientRegistrationRepository implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";

    private final OidcProperties properties;
    private volatile ClientRegistration registration;

    IssuerClientRegistrationRepository(OidcProperties properties) {
        if (!StringUtils.hasText(properties.issuerUri())) {
            throw new StartupProblem("No OpenID Connect issuer is configured.",
                    "Set CONSOLE_OIDC_ISSUER_URI (with CONSOLE_OIDC_CLIENT_ID and CONSOLE_OIDC_CLIENT_SECRET),"
                            + " or leave console.embedded.keycloak.enabled on to start the demo Keycloak.");
        }
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    ClientRegistration registration() {
        ClientRegistration current = registration;
        if (current == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = resolve();
                }
                current = registration;
            }
        }
        return current;
    }

    private ClientRegistration resolve() {
        EmbeddedServices.awaitEmbeddedIssuer();
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(ConsoleOidcUserService.USERNAME_CLAIM)
                    // PKCE also for this confidential client: the demo realm requires it (S256).
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        } catch (RuntimeException e) {
            throw new StartupProblem("Cannot read the OpenID Connect issuer " + properties.issuerUri() + ": "
                    + rootMessage(e),
                    "Check that Keycloak is running and that CONSOLE_OIDC_ISSUER_URI names the realm"
                            + " (https://<host>/realms/<realm>).", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

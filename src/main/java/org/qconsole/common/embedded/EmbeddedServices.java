package org.qconsole.common.embedded;

import java.util.Optional;

/** What the rest of the console may know about the embedded servers started for it. */
public final class EmbeddedServices {

    private EmbeddedServices() {
    }

    /** The issuer of the embedded Keycloak, once it answers; empty when none was started. */
    public static Optional<String> awaitEmbeddedIssuer() {
        var keycloak = EmbeddedKeycloakLauncher.current();
        if (keycloak == null) {
            return Optional.empty();
        }
        keycloak.awaitReady();
        return Optional.of(keycloak.issuerUri());
    }

    public static boolean keycloakStarted() {
        return EmbeddedKeycloakLauncher.current() != null;
    }
}

package org.qconsole.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole console on its web port with the real, embedded Keycloak and the demo realm: the context of the
 * browser journeys, shared (one Keycloak) with the tests that need the identity provider without a browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "server.port=" + BrowserJourney.PORT,
    "console.oidc.issuer-uri=",
    "console.embedded.keycloak.enabled=true",
    "console.oidc.verify-on-startup=true"})
@ActiveProfiles("test")
public @interface WithKeycloak {
}

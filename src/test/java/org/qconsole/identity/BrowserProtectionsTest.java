package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forms may be sent to the console and to the issuer's origin only, whatever the issuer's URL looks like. */
class BrowserProtectionsTest {

    @Test
    void theIssuersOriginKeepsSchemeHostAndAnExplicitPortOnly() {
        assertThat(BrowserProtections.origin("https://sso.example.org/realms/questionnaires"))
                .isEqualTo("https://sso.example.org");
        assertThat(BrowserProtections.origin(" http://localhost:8180/realms/questionnaires/ "))
                .isEqualTo("http://localhost:8180");
    }

    @Test
    void withoutAnIssuerFormsGoToTheConsoleOnly() {
        assertThat(BrowserProtections.contentSecurityPolicy(BrowserProtections.origin("")))
                .contains("; form-action 'self'; ");
        assertThat(BrowserProtections.contentSecurityPolicy("https://sso.example.org"))
                .contains("; form-action 'self' https://sso.example.org; ");
    }
}

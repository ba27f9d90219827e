package org.qconsole.common.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.qconsole.QuestionnaireConsoleApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

/**
 * A console that cannot start says in one line what is wrong and what to set, instead of a stack
 * trace: unreachable issuer, unreachable database, port in use.
 */
class StartupFailuresTest {

    @Test
    void anUnreachableIssuerStopsTheConsoleWithTheIssuerNamed() {
        Throwable failure = start("server.port=0", "console.oidc.issuer-uri=http://localhost:1/realms/elsewhere",
                "console.oidc.verify-on-startup=true");

        FailureAnalysis analysis = new StartupProblemFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription())
                .startsWith("Cannot read the OpenID Connect issuer http://localhost:1/realms/elsewhere: ");
        assertThat(analysis.getAction()).contains("CONSOLE_OIDC_ISSUER_URI");
    }

    @Test
    void anUnreachableDatabaseStopsTheConsoleWithTheUrlNamed() {
        String url = "jdbc:postgresql://localhost:1/questionnaires";
        Throwable failure = start("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=qc_app",
                "spring.datasource.password=wrong", "spring.datasource.hikari.initialization-fail-timeout=1");

        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", url)).analyze(failure);

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(java.net.ConnectException.class);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot use the database at " + url + ": ")
                .contains("Connection to localhost:1 refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aConsolePortInUseStopsTheRunCommandBeforeAnythingIsStarted() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Throwable failure = start("server.port=" + taken.getLocalPort(), "console.oidc.issuer-uri=",
                    "console.embedded.keycloak.enabled=true");

            FailureAnalysis analysis = new StartupProblemFailureAnalyzer().analyze(failure);

            assertThat(analysis.getDescription())
                    .isEqualTo("Port " + taken.getLocalPort() + " is already in use, so the console cannot start.");
            assertThat(EmbeddedKeycloakLauncher.current()).as("no Keycloak started for a console that cannot run")
                    .satisfiesAnyOf(k -> assertThat(k).isNull(),
                            k -> assertThat(k.issuerUri()).contains(":18180/"));
        }
    }

    @Test
    void aKeycloakPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Throwable failure = catchThrowable(() -> Ports.requireFree(taken.getLocalPort(), "the embedded Keycloak",
                    "or set CONSOLE_OIDC_ISSUER_URI to use your own Keycloak"));

            assertThat(failure).isInstanceOf(StartupProblem.class).hasMessage(
                    "Port " + taken.getLocalPort() + " is already in use, so the embedded Keycloak cannot start.");
            assertThat(((StartupProblem) failure).action()).contains("CONSOLE_OIDC_ISSUER_URI");
        }
    }

    private static Throwable start(String... properties) {
        String[] arguments = java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(QuestionnaireConsoleApplication.class)
                .profiles("test")
                .run(arguments)
                .close());
        assertThat(failure).as("the console must not start").isNotNull();
        return failure;
    }

}

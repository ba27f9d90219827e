package org.qconsole.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.support.DemoRealm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Without a management port of their own, metrics are on the console's port for the secretariat only. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class MetricsOnTheConsolePortTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void anonymousRequestsAreSentToSignIn() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/keycloak"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "swe.focal", "fra.contributor", "no.role"})
    void nobodyButTheSecretariatReadsThem(String username) throws Exception {
        mvc.perform(get("/actuator/prometheus").with(signedIn(username)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecretariatReadsThem() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(signedIn("secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("console_sessions_active")));
    }

    private RequestPostProcessor signedIn(String username) {
        return oidcLogin().oidcUser(users.consoleUser(DemoRealm.idToken(username), null));
    }
}

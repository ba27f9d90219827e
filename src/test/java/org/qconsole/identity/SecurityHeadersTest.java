package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qconsole.support.DemoRealm;
import org.qconsole.support.ServerSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The browser protections on every kind of response: the sign-in redirect, a page, a static file, the
 * health endpoint and error pages, over MockMvc and over a real server (session cookie, Vaadin's page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTest {

    /** The test profile's issuer is http://localhost:18180/realms/questionnaires. */
    static final Map<String, String> EXPECTED_POLICY = policy(
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; form-action 'self' http://localhost:18180; frame-ancestors 'none'");
    /** What anyone sees of health: the status and the names of the probes' groups, never which part is down. */
    static final String UP_AND_PROBES = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";
    static final String HSTS = "max-age=31536000 ; includeSubDomains";
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ServletWebServerApplicationContext server;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousPageRequestsAreSentToSignInWithTheProtections() throws Exception {
        mvc.perform(get("/campaigns"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/keycloak"))
                .andExpect(protections());
    }

    @Test
    void aSignedInUsersPageCarriesTheProtections() throws Exception {
        mvc.perform(get("/").with(signedIn("manager")))
                .andExpect(status().isOk())
                .andExpect(protections());
    }

    @Test
    void theChartLibraryIsServedFromTheConsolesOriginWithTheProtections() throws Exception {
        mvc.perform(get(ECHARTS).with(signedIn("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/javascript"))
                .andExpect(protections());
    }

    @Test
    void httpsResponsesTellTheBrowserToStayOnHttpsAndPlainHttpOnesDoNot() throws Exception {
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", HSTS))
                .andExpect(protections());
        mvc.perform(get("/actuator/health"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void anyoneSeesWhetherTheConsoleIsUpButOnlyTheSecretariatSeesItsParts() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content(UP_AND_PROBES))
                .andExpect(protections());
        mvc.perform(get("/actuator/health").with(signedIn("manager")))
                .andExpect(content(UP_AND_PROBES));
        String secretariat = mvc.perform(get("/actuator/health").with(signedIn("secretariat")))
                .andExpect(status().isOk())
                .andExpect(protections())
                .andReturn().getResponse().getContentAsString();
        assertThat(secretariat).contains("\"components\":{").contains("\"db\":{\"status\":\"UP\"");
    }

    // ---- Over a real server: what MockMvc does not do (cookies, Vaadin's servlet, error pages) ----

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = send("/campaigns", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(
                "http://localhost:" + port + "/oauth2/authorization/keycloak");
        assertThat(response.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> {
            assertThat(cookie).startsWith("JSESSIONID=");
            assertThat(attributes(cookie)).contains("HttpOnly", "SameSite=Lax");
        });
        assertProtections(response);
    }

    @Test
    void vaadinsPageForASignedInUserLoadsScriptsAndStylesOnlyFromTheConsole() throws Exception {
        HttpResponse<String> page = send("/", signedInSession("manager"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtections(page);
        assertThat(page.body()).contains("<script");
        var sources = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page.body()).results()
                .map(match -> match.group(1)).toList();
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source).doesNotContain("//"));
    }

    @Test
    void errorPagesCarryTheProtections() throws Exception {
        String session = signedInSession("manager");
        HttpResponse<String> missing = send("/VAADIN/no-such-file.js", session);
        // Spring Security's firewall rejects a path with a ";" before its filters run.
        HttpResponse<String> rejected = send("/campaigns;x=1", session);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertProtections(missing);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertProtections(rejected);
    }

    private OidcLoginRequestPostProcessor signedIn(String username) {
        return oidcLogin().oidcUser(users.consoleUser(DemoRealm.idToken(username), null));
    }

    private String signedInSession(String username) throws Exception {
        return new ServerSessions(server, users, port).signedIn(username);
    }

    private HttpResponse<String> send(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ResultMatcher protections() {
        return result -> {
            var response = result.getResponse();
            assertThat(policy(response.getHeader("Content-Security-Policy"))).isEqualTo(EXPECTED_POLICY);
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).isEqualTo(BrowserProtections.PERMISSIONS_POLICY);
        };
    }

    private static void assertProtections(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(policy(headers.firstValue("Content-Security-Policy").orElse(""))).isEqualTo(EXPECTED_POLICY);
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(headers.allValues("Permissions-Policy")).containsExactly(BrowserProtections.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static ResultMatcher content(String json) {
        return result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(json);
    }

    /** Directive name to its sources, in order. */
    static Map<String, String> policy(String header) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : header.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return directives;
    }

    private static List<String> attributes(String cookie) {
        return Arrays.stream(cookie.split(";")).map(String::strip).toList();
    }
}

package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A visitor whose identity provider is down sees the console's own page with a way to try again, never a
 * browser's connection error; when it answers, sign-in goes to it as before.
 */
@ConsoleTest
class SignInUnavailableTest {

    private static final String LOGIN = "/oauth2/authorization/keycloak";

    @Autowired
    SecurityFilterChain chain;

    private HttpServer issuer;

    @AfterEach
    void stopIssuer() {
        if (issuer != null) {
            issuer.stop(0);
        }
    }

    @Test
    void signInIsSentToTheConsolesOwnPageWhileTheIssuerDoesNotAnswer() throws Exception {
        var filter = new SignInAvailabilityFilter(new IssuerAvailability("http://localhost:" + closedPort()
                + "/realms/questionnaires", Clock.systemUTC()), LOGIN);

        MockHttpServletResponse login = run(filter, LOGIN);
        assertThat(login.getStatus()).isEqualTo(302);
        assertThat(login.getRedirectedUrl()).isEqualTo("/sign-in-unavailable");

        MockHttpServletResponse page = run(filter, "/sign-in-unavailable");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("15");
        assertThat(page.getContentAsString())
                .contains("<h1 id=\"sign-in-unavailable\">Sign-in is unavailable right now</h1>")
                .contains("<a class=\"retry\" id=\"sign-in-retry\" href=\"" + LOGIN + "\">Try again</a>")
                .contains("content=\"15;url=" + LOGIN + "\"")
                .doesNotContain("{retry}", "{login}");
    }

    @Test
    void signInGoesToTheIssuerWhenItAnswers() throws Exception {
        AtomicInteger probes = startIssuer();
        var filter = new SignInAvailabilityFilter(new IssuerAvailability(
                "http://localhost:" + issuer.getAddress().getPort() + "/realms/questionnaires", Clock.systemUTC()), LOGIN);

        MockFilterChain next = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", LOGIN);
        filter.doFilter(request, new MockHttpServletResponse(), next);

        assertThat(next.getRequest()).as("passed on to the redirect to the identity provider").isSameAs(request);
        assertThat(probes).hasValue(1);
    }

    @Test
    void aRushOfSignInsCostsOneProbeUntilTheAnswerIsOld() throws Exception {
        AtomicInteger probes = startIssuer();
        MutableClock clock = new MutableClock();
        var availability = new IssuerAvailability(
                "http://localhost:" + issuer.getAddress().getPort() + "/realms/questionnaires", clock);

        for (int i = 0; i < 20; i++) {
            assertThat(availability.available()).isTrue();
        }
        assertThat(probes).hasValue(1);

        issuer.stop(0);
        clock.now = clock.now.plus(IssuerAvailability.REMEMBERED).plusSeconds(1);
        assertThat(availability.available()).as("asked again once the answer is old").isFalse();
        issuer = null;
    }

    @Test
    void otherAddressesAreNotHeldUp() throws Exception {
        var filter = new SignInAvailabilityFilter(new IssuerAvailability("http://localhost:" + closedPort()
                + "/realms/questionnaires", Clock.systemUTC()), LOGIN);
        MockFilterChain next = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/inbox");

        filter.doFilter(request, new MockHttpServletResponse(), next);

        assertThat(next.getRequest()).isSameAs(request);
    }

    @Test
    void theConsolesSecurityChainChecksTheIssuerBeforeSendingAnyoneThere() {
        assertThat(chain.getFilters()).anyMatch(SignInAvailabilityFilter.class::isInstance);
        int check = indexOf(SignInAvailabilityFilter.class);
        int redirect = indexOf(org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class);
        assertThat(check).isLessThan(redirect);
    }

    private int indexOf(Class<?> type) {
        var filters = chain.getFilters();
        for (int i = 0; i < filters.size(); i++) {
            if (type.isInstance(filters.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private AtomicInteger startIssuer() throws IOException {
        AtomicInteger probes = new AtomicInteger();
        issuer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer.createContext("/realms/questionnaires/.well-known/openid-configuration", exchange -> {
            probes.incrementAndGet();
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
        return probes;
    }

    private static MockHttpServletResponse run(SignInAvailabilityFilter filter, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

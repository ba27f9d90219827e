package org.qconsole.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the identity provider answers right now, asked before a visitor is sent there: a browser sent to
 * a Keycloak that is down shows its own connection error, which tells the visitor nothing.
 *
 * <p>The answer is remembered for a few seconds, so a rush of sign-ins costs one probe, and a probe never
 * waits longer than a few seconds.
 */
final class IssuerAvailability {

    static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Probe last;

    private record Probe(boolean available, Instant at) {
    }

    IssuerAvailability(String issuerUri, Clock clock) {
        this.discovery = URI.create(issuerUri.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    boolean available() {
        Probe probe = last;
        Instant now = clock.instant();
        if (probe == null || probe.at().plus(REMEMBERED).isBefore(now)) {
            probe = new Probe(answers(), now);
            last = probe;
        }
        return probe.available();
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

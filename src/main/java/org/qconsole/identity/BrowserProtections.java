package org.qconsole.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers that tell the browser what a console page may do, sent with every response (pages,
 * static files, redirects, errors, the health endpoint). See docs/decisions/0008-browser-security-headers.md.
 */
final class BrowserProtections {

    /** Browser features the console never uses: no page of it, nor anything injected into one, gets them. */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()",
            "display-capture=()", "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()", "microphone=()",
            "midi=()", "payment=()", "screen-wake-lock=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

    private BrowserProtections() {
    }

    /**
     * Spring Security's defaults (nosniff, no caching of pages, HSTS on HTTPS requests only) plus the
     * policies below.
     *
     * @param issuerUri the OpenID Connect issuer the console signs users in with
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> headers(String issuerUri) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(origin(issuerUri))))
                // Kept for browsers without frame-ancestors; both say that no site may frame the console.
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Console URLs name campaigns and countries: other sites learn nothing of them.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /**
     * Answers 400 to a request Spring Security's firewall rejects (e.g. a {@code ;} in its path), with
     * the same headers: such a request never reaches the filter chain that writes them.
     */
    static RequestRejectedHandler rejectedRequests(ObjectProvider<SecurityFilterChain> chains) {
        return (request, response, rejected) -> headerWriter(chains).doFilter(request, response,
                (req, res) -> ((HttpServletResponse) res).sendError(HttpServletResponse.SC_BAD_REQUEST));
    }

    private static HeaderWriterFilter headerWriter(ObjectProvider<SecurityFilterChain> chains) {
        return chains.orderedStream().flatMap(chain -> chain.getFilters().stream())
                .filter(HeaderWriterFilter.class::isInstance).map(HeaderWriterFilter.class::cast)
                .findFirst().orElseThrow();
    }

    /**
     * As strict as Vaadin Flow 24 allows without a nonce (which would need a production-only bootstrap
     * listener): everything from the console's own origin only.
     */
    static String contentSecurityPolicy(String issuerOrigin) {
        return String.join("; ",
                "default-src 'self'",
                // Vaadin's bootstrap page starts the client engine with an inline script, and the engine
                // runs the JavaScript the server sends (executeJs, e.g. drawing an ECharts chart; event
                // data expressions) by building functions from strings: both relaxations are required by
                // Flow. ECharts itself comes from /webjars/ on the console's own origin.
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                // Flow and the Lumo components set inline styles and <style> elements.
                "style-src 'self' 'unsafe-inline'",
                // Lumo embeds its icon font and a few images as data: URLs.
                "img-src 'self' data:",
                "font-src 'self' data:",
                // Vaadin talks to the server by XHR to the same origin (no @Push, so no WebSocket).
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                // The sign-out button navigates to Keycloak's end-session page (no form), but a form posted
                // to Spring's /logout is redirected there, and form-action governs that redirect too.
                ("form-action 'self' " + issuerOrigin).strip(),
                "frame-ancestors 'none'");
    }

    /**
     * {@code https://sso.example.org} of {@code https://sso.example.org/realms/questionnaires}; empty
     * without an issuer (the console then stops at start-up with its own message).
     */
    static String origin(String uri) {
        if (uri == null || uri.isBlank()) {
            return "";
        }
        URI parsed = URI.create(uri.strip());
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
    }
}

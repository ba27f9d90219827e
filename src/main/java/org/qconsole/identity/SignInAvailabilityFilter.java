package org.qconsole.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a visitor to the identity provider only when it answers; otherwise to the console's own page
 * "Sign-in is unavailable right now", which offers to try again (and does so by itself every few seconds).
 * Users already signed in are not affected: their session does not need the identity provider.
 */
final class SignInAvailabilityFilter extends OncePerRequestFilter {

    static final String UNAVAILABLE_PATH = "/sign-in-unavailable";
    static final int RETRY_SECONDS = 15;
    private static final String PAGE = page();

    private final IssuerAvailability issuer;
    private final String loginPath;

    SignInAvailabilityFilter(IssuerAvailability issuer, String loginPath) {
        this.issuer = issuer;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(UNAVAILABLE_PATH)) {
            showUnavailable(request, response);
        } else if (path.equals(loginPath) && !issuer.available()) {
            response.sendRedirect(request.getContextPath() + UNAVAILABLE_PATH);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void showUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PAGE.replace("{retry}", String.valueOf(RETRY_SECONDS))
                .replace("{login}", request.getContextPath() + loginPath));
    }

    private static String page() {
        try (InputStream in = SignInAvailabilityFilter.class.getResourceAsStream("/identity/sign-in-unavailable.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.qconsole.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The demo realm's users at work on the start-up thread, so that the demo data is written through the
 * services users call and under all their rules (roles, country scoping in Java and in PostgreSQL,
 * answer checks, the workflow, history, recorded completion). A user is signed in exactly as after a
 * Keycloak login (an {@link OAuth2AuthenticationToken} holding {@link ConsoleOidcUserService#consoleUser}),
 * minus Keycloak, and signed out when the work is done.
 *
 * <p>Reachable only by the demo data: the bean exists only when demo data is on, {@code ArchitectureTest}
 * lets only the demo data's start-up steps use it, and it refuses to replace anyone already signed in on
 * the thread or to run inside {@link SystemScope}.
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
public class DemoActors {

    /** The realm Keycloak imports in the run command: the demo acts as its users. */
    static final String REALM = "/keycloak/questionnaires-realm.json";
    /** Marks the principal as built here, not issued by an identity provider. */
    static final String TOKEN_VALUE = "demo-data";

    private final ConsoleOidcUserService users;
    private final ApplicationEventPublisher events;
    private final JsonNode realm = readRealm();

    DemoActors(ConsoleOidcUserService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** Does the work as the realm's (first) secretariat user. */
    public <T> T asSecretariat(Supplier<T> work) {
        return as(secretariat(), work);
    }

    public void asSecretariat(Runnable work) {
        asSecretariat(asSupplier(work));
    }

    /** Does the work as the country's focal point (see {@link #focalPointOf}). */
    public <T> T asFocalPointOf(String country, Supplier<T> work) {
        return as(focalPointOf(country), work);
    }

    public void asFocalPointOf(String country, Runnable work) {
        asFocalPointOf(country, asSupplier(work));
    }

    /** The realm's secretariat user's name. */
    public String secretariat() {
        return realmUsers().stream().filter(u -> holds(u, Roles.SECRETARIAT)).findFirst()
                .map(u -> u.path("username").asText())
                .orElseThrow(() -> new IllegalStateException("The demo realm has no secretariat user"));
    }

    /**
     * The user name of the country's focal point: the realm's, or for a State without one in the realm a
     * demo focal point of that country ({@code demo.focal.deu}, "Demo focal point (DEU)"), built like a realm
     * user but unknown to Keycloak: nobody can sign in as it, and reminders do not know it.
     */
    public String focalPointOf(String country) {
        return realmFocalPointOf(country).map(u -> u.path("username").asText())
                .orElse(DemoFocalPoint.username(country));
    }

    /** The user names of the realm's focal points (of every country). */
    public List<String> realmFocalPoints() {
        return realmUsers().stream().filter(u -> holds(u, Roles.COUNTRY_FOCAL_POINT))
                .map(u -> u.path("username").asText()).toList();
    }

    /**
     * Tells the console that a realm user signed in, with what their sign-in tells (e-mail, name, country),
     * as {@link ConsoleOidcUserService#loadUser} does; an account that is not set up tells nothing.
     */
    public void announceSignIn(String username) {
        OidcUser user = users.consoleUser(idToken(username), null);
        if (!user.getAuthorities().isEmpty()) {
            events.publishEvent(ConsoleOidcUserService.signedIn(user));
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new IllegalStateException("Demo users act only where nobody is signed in (the start-up)");
        }
        if (SystemScope.active()) {
            throw new IllegalStateException("Demo users act as themselves, never inside the console's own scope");
        }
        OidcUser user = users.consoleUser(idToken(username), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "demo-data"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The ID token Keycloak would issue, with the claims the realm's mappers put in it. */
    private OidcIdToken idToken(String username) {
        Map<String, Object> claims = new HashMap<>();
        Optional<JsonNode> realmUser = realmUser(username);
        if (realmUser.isPresent()) {
            JsonNode user = realmUser.get();
            String name = user.path("firstName").asText() + " " + user.path("lastName").asText();
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            claims.putAll(Map.of("given_name", user.path("firstName").asText(),
                    "family_name", user.path("lastName").asText(), "name", name,
                    "email", user.path("email").asText(), "roles", roles));
            String country = user.path("attributes").path("country").path(0).asText("");
            if (!country.isEmpty()) {
                claims.put(ConsoleOidcUserService.COUNTRY_CLAIM, country);
            }
        } else {
            String country = DemoFocalPoint.country(username).orElseThrow(() ->
                    new IllegalArgumentException("No demo user " + username));
            claims.putAll(Map.of("name", DemoFocalPoint.displayName(country),
                    "roles", List.of(Roles.COUNTRY_FOCAL_POINT), ConsoleOidcUserService.COUNTRY_CLAIM, country));
        }
        claims.put("sub", "demo:" + username);
        claims.put(ConsoleOidcUserService.USERNAME_CLAIM, username);
        Instant now = Instant.now();
        return new OidcIdToken(TOKEN_VALUE, now, now.plusSeconds(300), claims);
    }

    private Optional<JsonNode> realmFocalPointOf(String country) {
        return realmUsers().stream().filter(u -> holds(u, Roles.COUNTRY_FOCAL_POINT))
                .filter(u -> u.path("attributes").path("country").path(0).asText("").equals(country)).findFirst();
    }

    private Optional<JsonNode> realmUser(String username) {
        return realmUsers().stream().filter(u -> u.path("username").asText().equals(username)).findFirst();
    }

    private List<JsonNode> realmUsers() {
        List<JsonNode> list = new ArrayList<>();
        realm.path("users").forEach(list::add);
        return list;
    }

    private static boolean holds(JsonNode user, String role) {
        for (JsonNode held : user.path("realmRoles")) {
            if (held.asText().equals(role)) {
                return true;
            }
        }
        return false;
    }

    private static Supplier<Void> asSupplier(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    private static JsonNode readRealm() {
        try (InputStream in = DemoActors.class.getResourceAsStream(REALM)) {
            if (in == null) {
                throw new IllegalStateException("The demo realm " + REALM + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's own focal points, for States without one in the realm. */
    private static final class DemoFocalPoint {

        private static final String PREFIX = "demo.focal.";

        static String username(String country) {
            return PREFIX + country.toLowerCase(Locale.ROOT);
        }

        static Optional<String> country(String username) {
            return username.startsWith(PREFIX) && username.length() == PREFIX.length() + 3
                    ? Optional.of(username.substring(PREFIX.length()).toUpperCase(Locale.ROOT)) : Optional.empty();
        }

        static String displayName(String country) {
            return "Demo focal point (" + country + ")";
        }
    }
}

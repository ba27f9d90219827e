package org.qconsole.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The demo realm's users as the console receives them in an ID token, read from the very realm file
 * Keycloak imports, so that tests and the demo cannot disagree.
 */
public final class DemoRealm {

    private static final JsonNode REALM = read();

    private DemoRealm() {
    }

    /** An ID token for a demo user, with the claims the realm's mappers put in it. */
    public static OidcIdToken idToken(String username) {
        JsonNode user = user(username);
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", user.path("username").asText() + "-id");
        claims.put("preferred_username", username);
        claims.put("given_name", user.path("firstName").asText());
        claims.put("family_name", user.path("lastName").asText());
        claims.put("name", user.path("firstName").asText() + " " + user.path("lastName").asText());
        claims.put("email", user.path("email").asText());
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        roles.add("default-roles-questionnaires");
        claims.put("roles", roles);
        JsonNode country = user.path("attributes").path("country");
        if (country.isArray() && !country.isEmpty()) {
            claims.put("country", country.get(0).asText());
        }
        return new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(300), claims);
    }

    public static JsonNode user(String username) {
        for (JsonNode user : REALM.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new IllegalArgumentException("No demo user " + username);
    }

    public static JsonNode realm() {
        return REALM;
    }

    private static JsonNode read() {
        try (InputStream in = DemoRealm.class.getResourceAsStream("/keycloak/questionnaires-realm.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

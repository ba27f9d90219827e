package org.qconsole.identity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import org.qconsole.country.MemberStateService;
import org.qconsole.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A State's users as the identity provider lists them (Keycloak's admin API, read by a service account that
 * may only view users): who its focal points and contributors are, with their e-mail addresses, whether or not
 * they have ever signed in. A State's users are read (the accounts whose {@code country} is the State, then
 * each one's realm roles) once per {@code console.directory.cache-seconds}; when the directory cannot be read,
 * the last read is used, or none.
 *
 * <p>Who may ask: the secretariat and managers for any State, a focal point for their own, and the console's
 * own work (reminders sent by the scheduler).
 */
@Service
public class CountryDirectory {

    private static final Logger log = LoggerFactory.getLogger(CountryDirectory.class);
    /** Accounts read per State: far more than one State's ministries have. */
    private static final int MAX_USERS = 500;

    private final DirectoryProperties properties;
    private final OidcProperties oidc;
    private final CurrentUserService currentUsers;
    private final MemberStateService memberStates;
    private final Clock clock = Clock.systemUTC();
    private final RestClient http;
    private final Map<String, Snapshot> byCountry = new ConcurrentHashMap<>();
    private volatile Token token = new Token("", Instant.EPOCH);

    CountryDirectory(DirectoryProperties properties, OidcProperties oidc, CurrentUserService currentUsers,
            MemberStateService memberStates) {
        this.properties = properties;
        this.memberStates = memberStates;
        this.oidc = oidc;
        this.currentUsers = currentUsers;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    /**
     * The users of a member State (alpha-3); empty when the directory is off or has never been read, and for a code
     * that is no member State's (an account recorded so reaches nothing in the console, see AccountAssessment).
     */
    @PermitAll // the rule needs the State asked for and the scheduler's system scope: requireMayRead applies it
    public List<DirectoryUser> usersOf(String country) {
        requireMayRead(country);
        return current(country).users();
    }

    /** Whether this State's users could be read (false: the directory is off, or has never answered). */
    @PermitAll // as usersOf
    public boolean isAvailable(String country) {
        requireMayRead(country);
        return current(country).read();
    }

    private boolean isConfigured() {
        return properties.enabled() && oidc.issuerUri() != null && !oidc.issuerUri().isBlank()
                && properties.clientSecret() != null && !properties.clientSecret().isBlank();
    }

    private void requireMayRead(String country) {
        if (SystemScope.active()) {
            return;
        }
        CurrentUser user = currentUsers.require();
        boolean mayRead = user.has(Role.SECRETARIAT) || user.has(Role.MANAGER) || (user.has(Role.COUNTRY_FOCAL_POINT)
                && user.country().map(state -> state.alpha3().equals(country)).orElse(false));
        if (!mayRead) {
            throw new AccessDeniedException("Only the secretariat, managers and the State's own focal point can list"
                    + " the State's users.");
        }
    }

    private Snapshot current(String country) {
        Snapshot known = byCountry.getOrDefault(country, Snapshot.NONE);
        if (!isConfigured() || memberStates.findByAlpha3(country).isEmpty()
                || Duration.between(known.at(), clock.instant()).getSeconds() < properties.cacheSeconds()) {
            return known;
        }
        Snapshot read = read(country, known);
        byCountry.put(country, read);
        return read;
    }

    /** Reads the State's accounts and their roles; on failure keeps what was read before, and tries again later. */
    private Snapshot read(String country, Snapshot before) {
        try {
            String bearer = "Bearer " + token();
            JsonNode accounts = http.get().uri(adminBase() + "/users?briefRepresentation=false&max={max}&q={q}",
                    MAX_USERS, "country:" + country).header("Authorization", bearer).retrieve().body(JsonNode.class);
            List<DirectoryUser> users = new ArrayList<>();
            for (JsonNode account : accounts == null ? List.<JsonNode>of() : toList(accounts)) {
                if (account.path("enabled").asBoolean(true)
                        && country.equals(first(account.path("attributes").path("country")).trim().toUpperCase())) {
                    JsonNode roles = http.get().uri(adminBase() + "/users/{id}/role-mappings/realm/composite",
                            account.path("id").asText()).header("Authorization", bearer).retrieve().body(JsonNode.class);
                    user(account, roles, country).ifPresent(users::add);
                }
            }
            users.sort(java.util.Comparator.comparing(DirectoryUser::username));
            return new Snapshot(List.copyOf(users), clock.instant(), true);
        } catch (RestClientResponseException e) {
            return failed(country, before, "HTTP " + e.getStatusCode().value());
        } catch (RestClientException | IllegalStateException e) {
            return failed(country, before, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Snapshot failed(String country, Snapshot before, String why) {
        log.warn("The users of {} could not be read from the directory of {} ({}); using {}", country,
                oidc.issuerUri(), why, before.read() ? "the last read" : "the users who signed in only");
        return new Snapshot(before.users(), clock.instant(), before.read());
    }

    /** The account as a country user; empty when it holds no country role. */
    private static Optional<DirectoryUser> user(JsonNode account, JsonNode roleList, String country) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleList != null) {
            roleList.forEach(role -> Role.fromClaim(role.path("name").asText()).filter(Role::countryBound)
                    .ifPresent(roles::add));
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        String username = account.path("username").asText();
        String name = (account.path("firstName").asText("") + " " + account.path("lastName").asText("")).strip();
        return Optional.of(new DirectoryUser(username, name.isEmpty() ? username : name,
                account.path("email").asText(""), country, roles,
                Language.find(Locale.forLanguageTag(first(account.path("attributes").path("locale"))).getLanguage())));
    }

    /** The service account's access token, fetched again shortly before it expires. */
    private String token() {
        Token known = token;
        if (clock.instant().isBefore(known.expires())) {
            return known.value();
        }
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        JsonNode answer = http.post().uri(URI.create(oidc.issuerUri() + "/protocol/openid-connect/token"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(JsonNode.class);
        String value = answer == null ? "" : answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new IllegalStateException("no access token in the identity provider's answer");
        }
        long seconds = Math.max(0, answer.path("expires_in").asLong(60) - 10);
        token = new Token(value, clock.instant().plusSeconds(seconds));
        return value;
    }

    /** {@code https://sso/realms/questionnaires} → {@code https://sso/admin/realms/questionnaires}. */
    private String adminBase() {
        String issuer = oidc.issuerUri();
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("the issuer " + issuer + " does not name a Keycloak realm");
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    private static String first(JsonNode values) {
        return values.isArray() && !values.isEmpty() ? values.get(0).asText("") : values.asText("");
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** One read of a State's users: when, and whether any read of them succeeded. */
    private record Snapshot(List<DirectoryUser> users, Instant at, boolean read) {
        static final Snapshot NONE = new Snapshot(List.of(), Instant.EPOCH, false);
    }

    private record Token(String value, Instant expires) {
    }
}

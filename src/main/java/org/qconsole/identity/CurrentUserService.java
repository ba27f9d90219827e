package org.qconsole.identity;

import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.qconsole.model.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/** Who is signed in: the one place services and views learn the user's roles and country. */
@Service
public class CurrentUserService {

    private final AccountAssessment assessment;

    CurrentUserService(AccountAssessment assessment) {
        this.assessment = assessment;
    }

    /** The signed-in user, or empty for an anonymous request. */
    @PermitAll
    public Optional<CurrentUser> current() {
        return signedIn().map(user -> {
            var assessed = assessment.assess(
                    ConsoleOidcUserService.roleClaims(user.getClaimAsStringList(ConsoleOidcUserService.ROLES_CLAIM)),
                    user.getClaimAsString(ConsoleOidcUserService.COUNTRY_CLAIM));
            return new CurrentUser(user.getName(), displayName(user), assessed.roles(), assessed.country(),
                    assessed.problem());
        });
    }

    /**
     * The language the signed-in user asked for: the one they chose on the sign-in page (Keycloak's
     * {@code locale} claim), if it is one of the six; empty for an anonymous request or without one.
     */
    @PermitAll
    public Optional<Language> language() {
        return signedIn().flatMap(CurrentUserService::language);
    }

    /** The language of this user's sign-in page ({@code locale} claim), if it is one of the six. */
    static Optional<Language> language(OidcUser user) {
        return Optional.ofNullable(user.getLocale())
                .flatMap(locale -> Language.find(Locale.forLanguageTag(locale).getLanguage()));
    }

    /** The identity provider's user of this request or thread, if one signed in. */
    private static Optional<OidcUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user; fails for an anonymous request. */
    @PermitAll
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static String displayName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String joined = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                + (user.getFamilyName() == null ? "" : user.getFamilyName())).trim();
        return joined.isEmpty() ? user.getName() : joined;
    }
}

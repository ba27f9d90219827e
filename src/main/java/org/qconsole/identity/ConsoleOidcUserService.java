package org.qconsole.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns the identity provider's realm roles ({@code roles} claim) into Spring Security authorities
 * when a user signs in. Only the console's own roles count, and only when the account is set up (see
 * {@link AccountAssessment}).
 */
@Component
public class ConsoleOidcUserService extends OidcUserService {

    static final String ROLES_CLAIM = "roles";
    static final String COUNTRY_CLAIM = "country";
    static final String USERNAME_CLAIM = "preferred_username";

    private final AccountAssessment assessment;
    private final ApplicationEventPublisher events;

    ConsoleOidcUserService(AccountAssessment assessment, ApplicationEventPublisher events) {
        this.assessment = assessment;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest userRequest) {
        OidcUser user = super.loadUser(userRequest);
        OidcUser console = consoleUser(user.getIdToken(), user.getUserInfo());
        events.publishEvent(signedIn(console));
        return console;
    }

    /** What a sign-in tells the rest of the console (also said for the demo realm's users, see {@link DemoActors}). */
    static UserSignedIn signedIn(OidcUser user) {
        boolean focalPoint = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.COUNTRY_FOCAL_POINT.authority()));
        return new UserSignedIn(user.getName(), user.getEmail(), user.getFullName() == null ? user.getName()
                : user.getFullName(), user.getIdToken().getClaimAsString(COUNTRY_CLAIM), focalPoint,
                CurrentUserService.language(user).orElse(null));
    }

    /** The signed-in principal with the console's authorities. */
    public OidcUser consoleUser(OidcIdToken idToken, OidcUserInfo userInfo) {
        Collection<String> roleClaims = roleClaims(idToken.getClaimAsStringList(ROLES_CLAIM));
        Set<GrantedAuthority> authorities = assessment
                .assess(roleClaims, idToken.getClaimAsString(COUNTRY_CLAIM))
                .roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        String nameAttribute = idToken.hasClaim(USERNAME_CLAIM) ? USERNAME_CLAIM : "sub";
        return new DefaultOidcUser(authorities, idToken, userInfo, nameAttribute);
    }

    static Collection<String> roleClaims(List<String> claim) {
        return claim == null ? List.of() : claim;
    }
}

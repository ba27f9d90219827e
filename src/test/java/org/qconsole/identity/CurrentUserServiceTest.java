package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qconsole.country.MemberState;
import org.qconsole.model.Language;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.DemoRealm;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;

/** How the identity provider's claims become the console's {@link CurrentUser}. */
@ConsoleTest
class CurrentUserServiceTest {

    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    CurrentUserService currentUsers;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @CsvSource({
        "swe.focal, COUNTRY_FOCAL_POINT, SWE, Sweden",
        "swe.contributor, COUNTRY_CONTRIBUTOR, SWE, Sweden",
        "fra.focal, COUNTRY_FOCAL_POINT, FRA, France",
        "ken.contributor, COUNTRY_CONTRIBUTOR, KEN, Kenya",
        "bra.focal, COUNTRY_FOCAL_POINT, BRA, Brazil",
        "jpn.contributor, COUNTRY_CONTRIBUTOR, JPN, Japan"})
    void countryUsersWorkForTheirOwnCountry(String username, Role role, String alpha3, String name) {
        SignIn.as(users, username);

        CurrentUser user = currentUsers.require();

        assertThat(user.username()).isEqualTo(username);
        assertThat(user.roles()).containsExactly(role);
        assertThat(user.country()).map(MemberState::alpha3).contains(alpha3);
        assertThat(user.country()).map(MemberState::name).contains(name);
        assertThat(user.isSetUp()).isTrue();
        assertThat(user.isCountryUser()).isTrue();
        assertThat(user.displayName()).isEqualTo(DemoRealm.user(username).path("firstName").asText() + " "
                + DemoRealm.user(username).path("lastName").asText());
    }

    @Test
    void secretariatAndManagerHaveNoCountry() {
        SignIn.as(users, "secretariat");
        assertThat(currentUsers.require().roles()).containsExactly(Role.SECRETARIAT);
        assertThat(currentUsers.require().country()).isEmpty();
        assertThat(currentUsers.require().rolesLabel()).isEqualTo("Secretariat");

        SignIn.as(users, "manager");
        assertThat(currentUsers.require().roles()).containsExactly(Role.MANAGER);
        assertThat(currentUsers.require().isCountryUser()).isFalse();
    }

    @Test
    void onlyTheConsolesRolesBecomeAuthorities() {
        var token = SignIn.as(users, "swe.focal");

        Set<String> authorities = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());

        assertThat(authorities).containsExactly("ROLE_country-focal-point");
    }

    @Test
    void anAccountWithoutAConsoleRoleIsNotSetUpAndHoldsNoAuthority() {
        var token = SignIn.as(users, "no.role");

        assertThat(token.getAuthorities()).isEmpty();
        assertThat(currentUsers.require().isSetUp()).isFalse();
        assertThat(currentUsers.require().setUpProblem().map(p -> p.in(Language.EN)))
                .contains("Your account has no role in this console.");
    }

    @Test
    void aCountryRoleWithAnUnknownCountryIsNotSetUpAndHoldsNoAuthority() {
        var token = SignIn.as(users, "bad.country");

        assertThat(token.getAuthorities()).isEmpty();
        assertThat(currentUsers.require().roles()).isEmpty();
        assertThat(currentUsers.require().setUpProblem().orElseThrow().in(Language.EN)).contains("\"XXX\"")
                .contains("not the ISO 3166-1 alpha-3 code of a United Nations member State");
    }

    @Test
    void anonymousRequestsHaveNoCurrentUser() {
        assertThat(currentUsers.current()).isEmpty();
        assertThatThrownBy(currentUsers::require).isInstanceOf(AccessDeniedException.class);
    }
}

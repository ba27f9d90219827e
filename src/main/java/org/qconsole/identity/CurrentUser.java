package org.qconsole.identity;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.common.Worded;
import org.qconsole.country.MemberState;

/**
 * The signed-in user as the console's services see them.
 *
 * @param username the identity provider's user name (e.g. {@code swe.focal})
 * @param displayName first and last name
 * @param roles the console roles that are in force; empty when the account is not set up
 * @param country the member State a country user works for; empty for secretariat and managers
 * @param setUpProblem why the account cannot use the console, if it cannot, worded in the page's language
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, Optional<MemberState> country,
        Optional<Worded> setUpProblem) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSetUp() {
        return setUpProblem.isEmpty();
    }

    public boolean isCountryUser() {
        return roles.stream().anyMatch(Role::countryBound);
    }

    /** "Secretariat", or "Country focal point, Country contributor". */
    public String rolesLabel() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}

package org.qconsole.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.springframework.stereotype.Component;

/**
 * Decides from the identity provider's claims which console roles a user holds and for which
 * country, and whether the account is set up well enough to use the console at all. A country role
 * counts only with a valid member State; otherwise the account holds no role, so that nothing can be
 * reached with it by accident.
 */
@Component
class AccountAssessment {

    private final MemberStateService memberStates;

    AccountAssessment(MemberStateService memberStates) {
        this.memberStates = memberStates;
    }

    record Assessment(Set<Role> roles, Optional<MemberState> country, Optional<Worded> problem) {
    }

    Assessment assess(Collection<String> roleClaims, String countryClaim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleClaims.forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        if (roles.isEmpty()) {
            return rejected(new Phrase("identity.accountNotSetUp.noRole"));
        }
        if (roles.stream().noneMatch(Role::countryBound)) {
            return new Assessment(roles, Optional.empty(), Optional.empty());
        }
        if (countryClaim == null || countryClaim.isBlank()) {
            return rejected(new Phrase("identity.accountNotSetUp.noCountry"));
        }
        Optional<MemberState> country = memberStates.findByAlpha3(countryClaim.trim().toUpperCase());
        if (country.isEmpty()) {
            return rejected(new Phrase("identity.accountNotSetUp.unknownCountry", countryClaim));
        }
        return new Assessment(roles, country, Optional.empty());
    }

    private static Assessment rejected(Worded problem) {
        return new Assessment(Set.of(), Optional.empty(), Optional.of(problem));
    }
}

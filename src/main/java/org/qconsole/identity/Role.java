package org.qconsole.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do in the console; a user may hold several. */
public enum Role {
    SECRETARIAT(Roles.SECRETARIAT, "Secretariat", false),
    MANAGER(Roles.MANAGER, "Manager", false),
    COUNTRY_FOCAL_POINT(Roles.COUNTRY_FOCAL_POINT, "Country focal point", true),
    COUNTRY_CONTRIBUTOR(Roles.COUNTRY_CONTRIBUTOR, "Country contributor", true);

    private final String claim;
    private final String label;
    private final boolean countryBound;

    Role(String claim, String label, boolean countryBound) {
        this.claim = claim;
        this.label = label;
        this.countryBound = countryBound;
    }

    /** The realm role's name in the token. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return "ROLE_" + claim;
    }

    public String label() {
        return label;
    }

    /** The key of its label in the console's messages (the label above is the English one, for files). */
    public String messageKey() {
        return "identity.role." + name();
    }

    /** Country roles work only for the one country recorded on the account. */
    public boolean countryBound() {
        return countryBound;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}

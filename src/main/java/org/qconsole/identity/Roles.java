package org.qconsole.identity;

/**
 * The console's realm roles as they appear in the identity provider's {@code roles} claim, for use
 * in {@code @RolesAllowed}. Spring Security holds them as authorities {@code ROLE_<name>}.
 */
public final class Roles {

    public static final String SECRETARIAT = "secretariat";
    public static final String MANAGER = "manager";
    public static final String COUNTRY_FOCAL_POINT = "country-focal-point";
    public static final String COUNTRY_CONTRIBUTOR = "country-contributor";

    private Roles() {
    }
}

package org.qconsole.identity;

/** The identity feature's routes, for other features to navigate to without naming its views. */
public final class IdentityRoutes {

    /** Where a signed-in account without a usable console role is told why. */
    public static final String ACCOUNT_NOT_SET_UP = "account-not-set-up";

    private IdentityRoutes() {
    }
}

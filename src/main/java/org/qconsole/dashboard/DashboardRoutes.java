package org.qconsole.dashboard;

/**
 * The dashboard feature's routes, for other features to link to a campaign's dashboard without naming
 * its view (which stays private to this feature).
 */
public final class DashboardRoutes {

    /** One campaign's dashboard: {@code dashboard/<campaign id>}. */
    public static final String DASHBOARD = "dashboard";

    private DashboardRoutes() {
    }

    public static String dashboard(long campaignId) {
        return DASHBOARD + "/" + campaignId;
    }
}

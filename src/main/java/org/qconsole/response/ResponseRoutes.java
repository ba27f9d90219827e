package org.qconsole.response;

/**
 * The response feature's routes, for other features to link to a response without naming its view
 * (which stays private to this feature).
 */
public final class ResponseRoutes {

    /** A country's response to one assignment: {@code response/<assignment id>}. */
    public static final String RESPONSE = "response";

    private ResponseRoutes() {
    }

    public static String response(long assignmentId) {
        return RESPONSE + "/" + assignmentId;
    }
}

package org.qconsole.common.embedded;

/**
 * A fault of the environment that keeps the console from starting (a port in use, a server that
 * cannot be reached). Reported by {@link StartupProblemFailureAnalyzer} as one line saying what is
 * wrong and one saying what to do, without a stack trace.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String problem, String action) {
        this(problem, action, null);
    }

    public StartupProblem(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}

package org.qconsole.common.embedded;

import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Reports a database that cannot be reached or refuses the credentials as one clear line, instead of
 * the stack trace of whichever bean happened to open the first connection.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

    private static final String CONNECTION_EXCEPTION = "08";
    private static final String INVALID_AUTHORIZATION = "28";
    private static final String INVALID_CATALOG = "3D000";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (!state.startsWith(CONNECTION_EXCEPTION) && !state.startsWith(INVALID_AUTHORIZATION)
                && !state.equals(INVALID_CATALOG)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        return new FailureAnalysis(
                "Cannot use the database at " + url + ": " + cause.getMessage(),
                "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"
                        + " (and SPRING_LIQUIBASE_USER / SPRING_LIQUIBASE_PASSWORD for the owner role),"
                        + " or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL.",
                cause);
    }
}

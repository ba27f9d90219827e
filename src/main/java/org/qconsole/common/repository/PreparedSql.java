package org.qconsole.common.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A statement made once and sent as a prepared JDBC statement on the transaction's connection (so under
 * its data scope and row-level security), for the few statements of every answer save and of a campaign's
 * dashboard: there jOOQ's rendering, plain-SQL templating and record mapping cost more CPU than
 * PostgreSQL's work (decision 0016).
 * Built from a jOOQ query where one fits, so its tables and columns are still checked by the compiler.
 */
public final class PreparedSql {

    /** Sets a statement's parameters; the connection is there for arrays. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement, Connection connection) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Reads a whole result. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final String sql;

    private PreparedSql(String sql) {
        this.sql = sql;
    }

    /** A jOOQ query rendered once, its bind values as {@code ?} in order (the values given here are placeholders). */
    public static PreparedSql of(DSLContext dsl, Query query) {
        return new PreparedSql(dsl.render(query));
    }

    public static PreparedSql of(String sql) {
        return new PreparedSql(sql);
    }

    /** The first row, if any. */
    public <T> Optional<T> fetchOptional(DSLContext dsl, Parameters parameters, Row<T> row) {
        return fetch(dsl, parameters, result -> result.next() ? Optional.of(row.read(result)) : Optional.empty());
    }

    /** What the reader makes of all the rows. */
    public <T> T fetch(DSLContext dsl, Parameters parameters, Rows<T> rows) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement, connection);
                try (ResultSet result = statement.executeQuery()) {
                    return rows.read(result);
                }
            }
        });
    }

    /** The number of rows changed. */
    public int execute(DSLContext dsl, Parameters parameters) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement, connection);
                return statement.executeUpdate();
            }
        });
    }
}

package org.qconsole.common.startup.repository;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.qconsole.common.startup.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * The start-up lock as a PostgreSQL session advisory lock, on a connection of its own kept for the whole
 * start-up: an instance that dies while holding it loses its connection, and the lock with it.
 */
@Repository
class AdvisoryStartupLock implements StartupLock {

    /** The lock's key: "qcstartu" in ASCII, a number no other lock of this database uses. */
    static final long KEY = 0x7163_7374_6172_7475L;
    private static final Logger log = LoggerFactory.getLogger(AdvisoryStartupLock.class);

    private final DSLContext dsl;

    AdvisoryStartupLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void whileHeld(Runnable startup) {
        dsl.connection(connection -> {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                log.info("Start-up: waiting for another console instance on this database to finish its start-up");
                call(connection, "SELECT pg_advisory_lock(?) IS NULL");
            }
            try {
                startup.run();
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        });
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}

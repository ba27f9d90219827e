package org.qconsole.common.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;

/**
 * Starts the embedded PostgreSQL 17 used when no database is configured, and prepares it the way an
 * operator would prepare a real server: a database owned by an owner role (Liquibase runs as it) and
 * an application role that owns nothing and cannot bypass row-level security.
 *
 * <p>One server per JVM: the run command and the test suite's many Spring contexts share it. It is
 * stopped by a JVM shutdown hook (zonky's own).
 */
final class EmbeddedPostgresLauncher {

    static final String DATABASE = "questionnaires";
    static final String OWNER_ROLE = "qc_owner";
    static final String APP_ROLE = "qc_app";
    // Local, loopback-only development credentials; production sets its own through the environment.
    static final String OWNER_PASSWORD = "qc_owner";
    static final String APP_PASSWORD = "qc_app";

    private static EmbeddedDatabase running;

    record EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory) {

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
        }
    }

    private EmbeddedPostgresLauncher() {
    }

    /** The PostgreSQL started in this JVM, if any. */
    static synchronized EmbeddedDatabase current() {
        return running;
    }

    /**
     * @param dataDirectory where the data lives across restarts; {@code null} for a throw-away server
     * @param port a fixed port, or 0 for any free one
     * @param durable whether an acknowledged commit must survive a crash of the machine (see {@link #builder})
     */
    static synchronized EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, Log log) {
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres.Builder builder = builder(durable);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Path absolute = dataDirectory.toAbsolutePath();
                Files.createDirectories(absolute);
                stopOrphanedServer(absolute, log);
                builder.setDataDirectory(absolute).setCleanDataDirectory(false);
            }
            long started = System.nanoTime();
            EmbeddedPostgres server = builder.start();
            prepare(server);
            running = new EmbeddedDatabase(server, dataDirectory);
            log.info("Embedded PostgreSQL ready on port " + server.getPort() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (data: "
                    + (dataDirectory == null ? "temporary" : dataDirectory.toAbsolutePath())
                    + (durable ? ", durable" : ", NOT durable: fsync off") + ")");
            return running;
        } catch (IOException e) {
            throw new StartupProblem("The embedded PostgreSQL could not start: " + e.getMessage(),
                    "Check that the data directory " + dataDirectory + " is writable and not used by another"
                            + " console, or set SPRING_DATASOURCE_URL to use an external PostgreSQL.", e);
        }
    }

    /**
     * zonky's defaults are made for tests: it starts PostgreSQL with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}, so a power cut could lose acknowledged answers or corrupt the data
     * directory. A durable server gets PostgreSQL's own defaults back (later options win over zonky's);
     * only a throw-away test database may do without them.
     */
    static EmbeddedPostgres.Builder builder(boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    /**
     * A console killed with SIGKILL leaves its postmaster running and the data directory locked; the
     * next start would fail. Stop that orphan first: it is ours, found through our own data directory.
     */
    private static void stopOrphanedServer(Path dataDirectory, Log log) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping PostgreSQL (pid " + pid + ") left running by an earlier console");
                    orphan.destroy();
                    orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }

    /** Idempotent: the second start of the run command finds everything in place. */
    private static void prepare(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(createRoleIfMissing(OWNER_ROLE, "LOGIN NOSUPERUSER NOCREATEDB CREATEROLE PASSWORD '"
                    + OWNER_PASSWORD + "'"));
            sql.execute(createRoleIfMissing(APP_ROLE, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
                    + " PASSWORD '" + APP_PASSWORD + "'"));
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Could not prepare the embedded PostgreSQL", e));
        }
    }

    private static String createRoleIfMissing(String role, String options) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " " + options + "; END IF; END $$";
    }
}

package org.qconsole.common.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The run command keeps users' answers in its embedded PostgreSQL: it must run with PostgreSQL's durable
 * settings, not with the embedded library's test defaults (fsync off), or a power cut loses saved answers.
 */
class EmbeddedPostgresDurabilityTest {

    @Test
    void aDurableServerFlushesEveryCommitToDisk() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgresLauncher.builder(true).start()) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void onlyAThrowAwayServerRunsWithoutFsync() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgresLauncher.builder(false).start()) {
            assertThat(setting(server, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(EmbeddedPostgres server, String name) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

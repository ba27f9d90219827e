package org.qconsole.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.dao.DataAccessException;

/**
 * The console connects as a role that cannot change the schema, owns nothing and cannot bypass
 * row-level security: the precondition for enforcing country isolation in the database.
 */
@ConsoleTest
class ApplicationDatabaseRoleTest {

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Test
    void connectsAsTheApplicationRoleWhichIsNeitherSuperuserNorAbleToBypassRowSecurity() {
        assertThat(jdbc().queryForObject("SELECT current_user", String.class)).isEqualTo("qc_app");
        assertThat(jdbc().queryForObject(
                "SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user",
                Boolean.class)).isFalse();
    }

    @Test
    void ownsNoTable() {
        assertThat(jdbc().queryForObject(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user",
                Integer.class)).isZero();
        assertThat(jdbc().queryForObject(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'qc_owner'",
                Integer.class)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void cannotCreateTables() {
        assertThatThrownBy(() -> jdbc().execute("CREATE TABLE intruder (id int)"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied for schema public");
    }

    @Test
    void cannotAlterOrDropTheConsolesTables() {
        assertThatThrownBy(() -> jdbc().execute("ALTER TABLE member_state ADD COLUMN intruder int"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc().execute("DROP TABLE regional_group CASCADE"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("must be owner");
    }

    @Test
    void referenceDataAndMigrationHistoryAreReadOnly() {
        assertThatThrownBy(() -> jdbc().update("UPDATE member_state SET name = 'Renamed' WHERE alpha3 = 'SWE'"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc().update("DELETE FROM databasechangelog"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThat(jdbc().queryForObject("SELECT count(*) FROM member_state", Integer.class)).isEqualTo(193);
    }
}

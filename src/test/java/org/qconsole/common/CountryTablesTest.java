package org.qconsole.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Value;

/** Every table holding a country's data is under forced row-level security, also tables added later. */
@ConsoleTest
class CountryTablesTest {

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void everyTableWithACountryColumnHasForcedRowLevelSecurity() throws Exception {
        List<String> tables = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(databaseUrl, "qc_owner", "qc_owner");
                var rows = owner.createStatement().executeQuery("""
                        SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN information_schema.columns col ON col.table_schema = n.nspname AND col.table_name = c.relname
                        WHERE n.nspname = 'public' AND c.relkind = 'r' AND col.column_name = 'country'
                        ORDER BY c.relname""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
                if (!rows.getBoolean(2)) {
                    unprotected.add(rows.getString(1));
                }
            }
        }
        assertThat(tables).contains("assignment", "answer", "answer_change", "review_comment", "reminder",
                "known_user", "response_progress", "section_progress");
        assertThat(unprotected).isEmpty();
    }
}

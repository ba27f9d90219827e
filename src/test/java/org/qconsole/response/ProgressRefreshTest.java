package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.SystemScope;
import org.qconsole.plugin.SectionTypeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up's recorded-completion refresh: a record stamped by another formula or other plugins is
 * computed again, one with the current stamp is trusted. Runs on the demo data (Sweden's and Italy's
 * responses), and puts the records back as they were.
 */
@SpringBootTest(properties = "console.demo-data.enabled=true")
@ActiveProfiles("test")
class ProgressRefreshTest {

    @Autowired
    ProgressBackfill refresh;
    @Autowired
    SectionTypeService plugins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRecordOfAnotherFormulaIsComputedAgainAndACurrentOneIsLeftAlone() {
        String current = CompletionFormula.stamp(plugins);
        Map<String, Object> sweden = recorded("SWE");
        Map<String, Object> italy = recorded("ITA");
        assertThat(sweden.get("formula")).as("the demo data records with the current stamp").isEqualTo(current);
        assertThat((Integer) sweden.get("answered")).isPositive();
        try {
            // Sweden's was computed by an earlier formula, Italy's is current: both say nothing is answered.
            set("SWE", 0, "completion 0; contact-details@0.9.0");
            set("ITA", 0, current);

            refresh.run();

            assertThat(recorded("SWE")).containsEntry("answered", sweden.get("answered"))
                    .containsEntry("required", sweden.get("required")).containsEntry("formula", current);
            assertThat(recorded("ITA")).as("a record with the current stamp is not computed again")
                    .containsEntry("answered", 0);
        } finally {
            set("ITA", (Integer) italy.get("answered"), current);
        }
    }

    @Test
    void theStampNamesTheFormulaVersionAndTheRunningPlugins() {
        String stamp = CompletionFormula.stamp(plugins);

        assertThat(stamp).startsWith("completion " + CompletionFormula.VERSION + "; ");
        plugins.running().forEach(type -> assertThat(stamp).contains(type.pluginId() + "@" + type.pluginVersion()));
    }

    private Map<String, Object> recorded(String country) {
        return SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForMap(
                "SELECT p.answered, p.required, p.formula FROM response_progress p JOIN assignment a"
                        + " ON a.id = p.assignment_id JOIN campaign c ON c.id = a.campaign_id"
                        + " WHERE a.country = ? AND c.title = ?", country, DemoCampaign.TITLE)));
    }

    private void set(String country, int answered, String formula) {
        SystemScope.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update(
                "UPDATE response_progress p SET answered = ?, formula = ? FROM assignment a JOIN campaign c"
                        + " ON c.id = a.campaign_id WHERE a.id = p.assignment_id AND a.country = ?"
                        + " AND c.title = ?", answered, formula, country, DemoCampaign.TITLE)));
    }
}

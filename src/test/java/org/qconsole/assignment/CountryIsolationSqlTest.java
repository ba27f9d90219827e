package org.qconsole.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own lock on country data: SQL run by the console's role, with the data scope of a
 * French user, neither sees nor changes Swedish rows, whatever the query says.
 */
@ConsoleTest
class CountryIsolationSqlTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long campaignId;

    @BeforeEach
    void sendToSwedenAndFrance() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "ISO").id();
        campaignId = assignments.create(new NewCampaign(version, "Isolation", "", LocalDate.now().plusDays(10),
                Set.of("SWE", "FRA"))).id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void asAFrenchUserSqlSeesOnlyFrance() {
        SignIn.as(users, "fra.focal");

        assertThat(inTransaction("SELECT count(*) FROM assignment WHERE campaign_id = " + campaignId)).isEqualTo(1);
        assertThat(inTransaction("SELECT count(*) FROM assignment WHERE country = 'SWE'")).isZero();
        assertThat(inTransaction("SELECT count(*) FROM assignment_event WHERE country = 'SWE'")).isZero();
    }

    @Test
    void asAFrenchUserSqlCannotChangeOrCreateSwedishRows() {
        SignIn.as(users, "fra.focal");

        assertThat(update("UPDATE assignment SET status = 'accepted' WHERE country = 'SWE'")).isZero();
        assertThatThrownBy(() -> update("INSERT INTO assignment (campaign_id, country, deadline, created_by)"
                + " VALUES (" + campaignId + ", 'SWE', current_date + 1, 'x')"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> update("UPDATE assignment SET country = 'SWE' WHERE country = 'FRA'"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("row-level security");
    }

    @Test
    void withoutAUserATransactionSeesNoCountryData() {
        SignIn.out();

        assertThat(inTransaction("SELECT count(*) FROM assignment")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assignment", Integer.class))
                .as("outside a transaction no scope is set either").isZero();
    }

    @Test
    void theSecretariatSeesBothCountries() {
        assertThat(inTransaction("SELECT count(*) FROM assignment WHERE campaign_id = " + campaignId)).isEqualTo(2);
    }

    private Integer inTransaction(String sql) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(sql, Integer.class));
    }

    private Integer update(String sql) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.update(sql));
    }
}

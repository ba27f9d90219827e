package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.reminder.ReminderLogEntry;
import org.qconsole.reminder.ReminderService;
import org.qconsole.support.SignIn;
import org.qconsole.support.WithKeycloak;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A State's users as the real, embedded Keycloak lists them through its admin API, read by the demo realm's
 * service account; and a reminder that reaches a focal point who never signed in.
 */
@WithKeycloak
class CountryDirectoryTest {

    @Autowired
    CountryDirectory directory;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSecretariatReadsAStatesUsersWithTheirRoles() {
        SignIn.as(users, "secretariat");

        List<DirectoryUser> sweden = directory.usersOf("SWE");

        assertThat(directory.isAvailable("SWE")).isTrue();
        assertThat(sweden).extracting(DirectoryUser::username).containsExactlyInAnyOrder("swe.focal", "swe.contributor");
        assertThat(sweden).filteredOn(DirectoryUser::isFocalPoint).singleElement().satisfies(focal -> {
            assertThat(focal.email()).isEqualTo("swe.focal@example.org");
            assertThat(focal.displayName()).isEqualTo("Erik Lindqvist");
            assertThat(focal.roles()).containsExactly(Role.COUNTRY_FOCAL_POINT);
        });
        assertThat(directory.usersOf("XXX")).as("bad.country's code is no member State's: it reaches nothing")
                .isEmpty();
        assertThat(directory.usersOf("DEU")).as("a State without accounts").isEmpty();
    }

    @Test
    void aFocalPointReadsOnlyTheirOwnStatesUsers() {
        SignIn.as(users, "swe.focal");
        assertThat(directory.usersOf("SWE")).hasSize(2);
        assertThatThrownBy(() -> directory.usersOf("FRA")).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> directory.usersOf("SWE")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReminderReachesAFocalPointWhoNeverSignedIn() {
        SignIn.as(users, "secretariat");
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                jdbc.update("DELETE FROM known_user WHERE country = 'KEN'"));
        long version = TemplateFixtures.publishEveryKind(templates, "DIR").id();
        long campaign = assignments.create(new NewCampaign(version, "Directory", "", LocalDate.now().plusDays(9),
                Set.of("KEN"))).id();

        assertThat(reminders.remindNow(List.of(assignments.assignments(campaign).get(0).id()))).isEqualTo(1);

        assertThat(reminders.log(campaign)).singleElement().satisfies(entry -> {
            assertThat(entry.recipients()).isEqualTo("ken.focal@example.org");
            assertThat(entry.status()).isIn("sent", "logged");
        });
    }
}

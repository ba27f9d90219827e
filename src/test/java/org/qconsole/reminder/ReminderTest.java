package org.qconsole.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.UserSignedIn;
import org.qconsole.model.Language;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Reminders by e-mail (to a local SMTP catcher): by hand, by the daily job, once across two instances. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class ReminderTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderJob job;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    private final String title = "Reminded " + System.nanoTime();
    private long campaign;
    private LocalDate deadline;

    @BeforeEach
    void aCampaignAndSwedensFocalPointSignedInOnce() {
        events.publishEvent(new UserSignedIn("swe.focal", "swe.focal@example.org", "Erik Lindqvist", "SWE", true, null));
        events.publishEvent(new UserSignedIn("swe.contributor", "swe.contributor@example.org", "Anna", "SWE", false, null));
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "REM").id();
        deadline = LocalDate.now().plusDays(200 + (int) (System.nanoTime() % 100));
        campaign = assignments.create(new NewCampaign(version, title, "CU 2026/9", deadline,
                Set.of("SWE", "DEU", "KEN"))).id(); // no demo user belongs to Germany: its focal point is never known
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void remindNowMailsTheFocalPointsOfAwaitedStatesAndLogsEveryAttempt() throws Exception {
        long sweden = id("SWE");
        long kenya = id("KEN");
        SignIn.as(users, "ken.focal");
        answers.save(kenya, "q1_used", TextNode.valueOf("no"), 0);
        workflow.submit(kenya);

        SignIn.as(users, "manager");
        int sent = reminders.remindNow(List.of(sweden, id("DEU"), kenya));

        assertThat(sent).isEqualTo(1);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("swe.focal@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Reminder: " + title + " is due on "
                + deadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
        assertThat(GreenMailUtil.getBody(received[0])).contains("Dear Erik Lindqvist", "Sweden", "CU 2026/9",
                "/response/" + sweden);
        assertThat(reminders.log(campaign)).extracting(ReminderLogEntry::country, ReminderLogEntry::status,
                ReminderLogEntry::sentBy).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SWE", "sent", "manager"),
                        org.assertj.core.groups.Tuple.tuple("DEU", "no recipient", "manager"));
    }

    @Test
    void twoInstancesOnOneDatabaseSendTheDailyRemindersOnce() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(QuestionnaireConsoleApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=" + databaseUrl,
                        "spring.datasource.username=qc_app", "spring.datasource.password=qc_app",
                        "spring.liquibase.user=qc_owner", "spring.liquibase.password=qc_owner",
                        "spring.mail.host=localhost", "spring.mail.port=3025", "console.demo-data.enabled=false")
                // An argument, not a default property: application.yml's port would win over a default.
                .run("--server.port=0")) {
            ReminderJob other = second.getBean(ReminderJob.class);

            int dueSoon = bothRun(job, other, deadline.minusDays(3));
            assertThat(reminders.log(campaign)).filteredOn(r -> r.country().equals("SWE"))
                    .extracting(ReminderLogEntry::status).containsExactly("sent");
            assertThat(mailsAbout(title)).as("due in 3 days: Sweden and Kenya (if its focal point is known), once")
                    .isEqualTo(knownFocalPoints());
            assertThat(bothRun(job, other, deadline.minusDays(3))).as("the same day again: nothing").isZero();
            int overdue = bothRun(job, other, deadline.plusDays(1));
            assertThat(mailsAbout(title)).as("then overdue: once more").isEqualTo(2 * knownFocalPoints());

            // Other tests' campaigns are reminded on these days too, some to several focal points, one e-mail each.
            assertThat(mail.getReceivedMessages().length).as("every reminder sent went to at least one person")
                    .isGreaterThanOrEqualTo(dueSoon + overdue);
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(ReminderTest::recipientSubjectAndText))
                    .as("every mail sent was sent once").doesNotHaveDuplicates();
            SignIn.as(users, "secretariat");
            assertThat(reminders.log(campaign)).extracting(ReminderLogEntry::country, ReminderLogEntry::kind)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("SWE", "due-3"), org.assertj.core.groups.Tuple.tuple("DEU", "due-3"),
                            org.assertj.core.groups.Tuple.tuple("KEN", "due-3"), org.assertj.core.groups.Tuple.tuple("SWE", "overdue"),
                            org.assertj.core.groups.Tuple.tuple("DEU", "overdue"), org.assertj.core.groups.Tuple.tuple("KEN", "overdue"));
            assertThat(reminders.log(campaign)).filteredOn(r -> r.country().equals("DEU"))
                    .extracting(ReminderLogEntry::status).containsOnly("no recipient");
        }
    }

    @Test
    void theSecretariatEditsTheWordingAndBadSettingsAreRefusedWithAReason() {
        SignIn.as(users, "secretariat");
        ReminderSettings before = reminders.settings();

        List<ReminderText> english = List.of(new ReminderText(Language.EN, "s", "b"));
        assertThatThrownBy(() -> reminders.saveSettings("14, soon", 7, english)).isInstanceOf(ReminderException.class)
                .hasMessage("\"soon\" is not a number of days; write e.g. 14, 3");
        assertThatThrownBy(() -> reminders.saveSettings("14", 0, english)).hasMessage("Remind late States every 1 to 60 days.");
        ReminderSettings saved = reminders.saveSettings("3, 10, 3", 5,
                List.of(new ReminderText(Language.EN, "{country}: please answer {campaign}", "Body")));
        assertThat(saved.daysBefore()).containsExactly(10, 3);
        assertThat(reminders.settings()).isEqualTo(saved);
        assertThat(saved.text(Language.FR)).as("the languages not given keep their wording")
                .isEqualTo(before.text(Language.FR));
        reminders.saveSettings(before.daysBeforeText(), before.overdueEveryDays(), before.texts().values());

        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> reminders.remindNow(List.of(id("SWE")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theJobRemindsOnTheConfiguredDaysAndThenEveryFewDaysWhenLate() {
        ReminderSettings settings = new ReminderSettings(List.of(14, 3), 7, java.util.Map.of());
        LocalDate due = LocalDate.of(2027, 3, 31);

        assertThat(ReminderJob.kind(settings, due, due.minusDays(14))).isEqualTo("due-14");
        assertThat(ReminderJob.kind(settings, due, due.minusDays(5))).isNull();
        assertThat(ReminderJob.kind(settings, due, due)).isNull();
        assertThat(ReminderJob.kind(settings, due, due.plusDays(1))).isEqualTo("overdue");
        assertThat(ReminderJob.kind(settings, due, due.plusDays(2))).isNull();
        assertThat(ReminderJob.kind(settings, due, due.plusDays(8))).isEqualTo("overdue");
    }

    /** Both instances run the daily job for the same day at the same moment; how many mails they sent. */
    private static int bothRun(ReminderJob one, ReminderJob two, LocalDate day) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> first = () -> {
                start.await();
                return one.run(day);
            };
            Callable<Integer> second = () -> {
                start.await();
                return two.run(day);
            };
            Future<Integer> a = pool.submit(first);
            Future<Integer> b = pool.submit(second);
            start.countDown();
            return a.get() + b.get();
        } finally {
            pool.shutdown();
        }
    }

    /** Sweden's focal point signs in before each test; Kenya's is known when another test loaded the demo data. */
    private long knownFocalPoints() {
        return reminders.log(campaign).stream().filter(r -> r.kind().equals("due-3") && r.status().equals("sent"))
                .count();
    }

    private long mailsAbout(String campaignTitle) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(campaignTitle)).count();
    }

    private long id(String country) {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext();
        SignIn.as(users, "secretariat");
        long id = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals(country))
                .findFirst().orElseThrow().id();
        org.springframework.security.core.context.SecurityContextHolder.setContext(user);
        return id;
    }

    private static String recipientSubjectAndText(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()) + "\n" + message.getSubject() + "\n"
                    + GreenMailUtil.getBody(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

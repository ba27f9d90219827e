package org.qconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.admin.InstallationService;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.country.MemberStateService;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.export.PdfService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.reminder.ReminderService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forged identifiers and borrowed powers, beyond what {@code IsolationMatrixTest} tries: country users
 * reach for Sweden's PDFs, history, exports, dashboards, reminders and earlier answers, and for the
 * secretariat's drafts and tools; managers and the secretariat try what their role does not allow.
 * Every attempt is refused or sees nothing, and nothing changes.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedIdentifierTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    TemplateService templates;
    @Autowired
    PdfService pdfs;
    @Autowired
    ExportService exports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ReminderService reminders;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    CountryRequests requests;
    @Autowired
    org.qconsole.identity.CountryDirectory directory;
    @Autowired
    SectionTypeService sectionTypes;
    @Autowired
    InstallationService installation;
    @Autowired
    MemberStateService memberStates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    long version;
    long retired;
    long draft;
    long earlierCampaign;
    Assignment swedenEarlier;
    long swedenNow;
    long franceNow;
    /** Sweden's request for more time on this year's campaign, waiting for the secretariat. */
    long swedenRequest;

    /** One forged request; it must throw, or return nothing of Sweden's. */
    @FunctionalInterface
    interface Attempt {
        Object run(ForgedIdentifierTest t) throws Exception;
    }

    @BeforeAll
    void swedenAnsweredLastYearAndBothStatesHaveANewCampaign() {
        SignIn.as(users, "secretariat");
        TemplateVersion v1 = TemplateFixtures.publishEveryKind(templates, "ATTACK-ID");
        version = v1.id();
        retired = templates.retire(TemplateFixtures.publishEveryKind(templates, "ATTACK-RET").id()).id();
        draft = templates.newDraftFrom(version).id();
        earlierCampaign = assignments.create(new NewCampaign(version, "Last year", "", LocalDate.now().plusDays(5),
                Set.of("SWE", "FRA"))).id();
        swedenEarlier = of(assignments.assignments(earlierCampaign), "SWE");
        long now = assignments.create(new NewCampaign(version, "This year", "", LocalDate.now().plusDays(40),
                Set.of("SWE", "FRA"))).id();
        swedenNow = of(assignments.assignments(now), "SWE").id();
        franceNow = of(assignments.assignments(now), "FRA").id();
        SignIn.as(users, "swe.focal");
        answers.save(swedenEarlier.id(), "q1_used", TextNode.valueOf("no"), 0);
        answers.save(swedenEarlier.id(), "q3_name", TextNode.valueOf("Swedish Police Authority"), 0);
        workflow.submit(swedenEarlier.id());
        swedenRequest = requests.askForExtension(swedenNow, LocalDate.now().plusDays(60), "Parliament in recess").id();
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> attempts() {
        Map<String, Attempt> country = new LinkedHashMap<>();
        country.put("print Sweden's response", t -> t.pdfs.response(t.swedenEarlier.id(), Language.EN));
        country.put("print Sweden's blank questionnaire", t -> t.pdfs.blankForAssignment(t.swedenEarlier.id(), Language.EN));
        country.put("print a version by id", t -> t.pdfs.blank(t.version, Language.EN));
        country.put("read Sweden's history", t -> t.histories.history(t.swedenEarlier.id(), Language.EN));
        country.put("see which steps Sweden's response can take", t -> t.workflow.allowedActions(t.swedenEarlier.id()));
        country.put("accept Sweden's response", t -> t.workflow.accept(t.swedenEarlier.id()));
        country.put("export the campaign", t -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.exports.export(List.of(t.earlierCampaign), ExportFormat.CSV, out, n -> { });
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        });
        country.put("name the export file", t -> t.exports.fileName(t.earlierCampaign, ExportFormat.XLSX));
        country.put("count the export's rows", t -> t.exports.rowCount(List.of(t.earlierCampaign)));
        country.put("open the campaign's dashboard", t -> t.dashboards.dashboard(t.earlierCampaign));
        country.put("compile Sweden's answer", t -> t.dashboards.compile(t.earlierCampaign, "q3_name", Language.EN));
        country.put("list the overview of campaigns", t -> t.dashboards.overview());
        country.put("remind Sweden", t -> t.reminders.remindNow(List.of(t.swedenNow)));
        country.put("read the reminder log", t -> t.reminders.log(t.earlierCampaign));
        country.put("read the reminder settings", t -> t.reminders.settings());
        country.put("change the reminder settings", t -> t.reminders.saveSettings("1", 1,
                List.of(new org.qconsole.reminder.ReminderText(org.qconsole.model.Language.EN, "Forged", "Forged"))));
        country.put("pre-fill from Sweden's response", t -> t.answers.prefill(t.swedenNow, Language.EN));
        country.put("copy Sweden's answers into France's response", t -> t.answers.copyEarlierAnswers(t.franceNow,
                t.swedenEarlier.id(), Map.of("q3_name", 0)));
        country.put("ask for more time for Sweden", t -> t.requests.askForExtension(t.swedenNow,
                LocalDate.now().plusDays(90), "forged"));
        country.put("ask to reopen Sweden's response", t -> t.requests.askToReopen(t.swedenEarlier.id(), "forged"));
        country.put("list Sweden's users in the identity provider", t -> t.directory.usersOf("SWE"));
        country.put("read Sweden's requests", t -> t.requests.ofResponse(t.swedenNow));
        country.put("read a campaign's requests", t -> t.requests.ofCampaign(t.earlierCampaign));
        country.put("grant Sweden's request", t -> t.requests.grant(t.swedenRequest, ""));
        country.put("refuse Sweden's request", t -> t.requests.refuse(t.swedenRequest, "forged"));
        country.put("SQL: read Sweden's requests", t -> t.sql("SELECT count(*) FROM country_request WHERE country = 'SWE'"));
        country.put("SQL: grant Sweden's request", t -> t.update("UPDATE country_request SET decision = 'granted',"
                + " decided_by = 'x', decided_at = now() WHERE country = 'SWE'"));
        country.put("list Sweden's earlier responses", t -> t.assignments.earlierOfSameTemplate(t.swedenNow));
        country.put("read Sweden's progress", t -> t.answers.progress(List.of(t.swedenEarlier)).values().stream()
                .mapToInt(p -> p.answered()).sum());
        country.put("read Sweden's answers for an export", t -> t.answers.answersOf(List.of(t.swedenEarlier)));
        country.put("read a draft version", t -> t.templates.version(t.draft));
        country.put("read a draft as if published", t -> t.templates.publishedDefinition(t.draft));
        country.put("download a template file", t -> t.templates.export(t.version));
        country.put("import a template", t -> t.templates.importFile(t.templates.exportBytes(t.version)));
        country.put("publish the draft", t -> t.templates.publish(t.draft));
        country.put("save the draft", t -> t.templates.saveDraft(t.draft, 1, TemplateFixtures.everyKind()));
        country.put("list the installed plugins", t -> t.sectionTypes.installed());
        country.put("check the installation", t -> t.installation.status());
        country.put("list every member State", t -> t.memberStates.findAll());
        country.put("SQL: read Sweden's completion", t -> t.sql(
                "SELECT count(*) FROM response_progress WHERE country = 'SWE'"));
        country.put("SQL: read Sweden's completion per section", t -> t.sql(
                "SELECT count(*) FROM section_progress WHERE country = 'SWE'"));
        country.put("SQL: mark Sweden's sections complete", t -> t.update(
                "UPDATE section_progress SET answered = required WHERE country = 'SWE'"));
        country.put("SQL: read Sweden's reminders", t -> t.sql("SELECT count(*) FROM reminder WHERE country = 'SWE'"));
        country.put("SQL: mark Sweden's response complete", t -> t.update(
                "UPDATE response_progress SET answered = required WHERE country = 'SWE'"));
        List<Arguments> all = new ArrayList<>();
        for (String user : List.of("fra.focal", "ken.contributor")) {
            country.forEach((what, attempt) -> all.add(Arguments.of(user, what, attempt)));
        }
        Map<String, Attempt> manager = new LinkedHashMap<>();
        manager.put("withdraw Sweden's response", t -> t.assignments.withdraw(t.swedenNow, "forged"));
        manager.put("send a campaign", t -> t.assignments.create(new NewCampaign(t.version, "Forged", "",
                LocalDate.now().plusDays(9), Set.of("SWE"))));
        manager.put("accept Sweden's response", t -> t.workflow.accept(t.swedenEarlier.id()));
        manager.put("return Sweden's response", t -> t.workflow.returnToCountry(t.swedenEarlier.id(), Map.of(), "x"));
        manager.put("reopen Sweden's response", t -> t.workflow.reopen(t.swedenEarlier.id(), "forged"));
        manager.put("answer for Sweden", t -> t.answers.save(t.swedenNow, "q3_name", TextNode.valueOf("x"), 0));
        manager.put("change the reminder settings", t -> t.reminders.saveSettings("1", 1,
                List.of(new org.qconsole.reminder.ReminderText(org.qconsole.model.Language.EN, "Forged", "Forged"))));
        manager.put("publish the draft", t -> t.templates.publish(t.draft));
        manager.put("grant Sweden's request", t -> t.requests.grant(t.swedenRequest, ""));
        manager.put("refuse Sweden's request", t -> t.requests.refuse(t.swedenRequest, "forged"));
        manager.put("ask for more time for Sweden", t -> t.requests.askForExtension(t.swedenNow,
                LocalDate.now().plusDays(90), "forged"));
        manager.put("read Sweden's history", t -> t.histories.history(t.swedenEarlier.id(), Language.EN));
        manager.forEach((what, attempt) -> all.add(Arguments.of("manager", what, attempt)));
        Map<String, Attempt> secretariat = new LinkedHashMap<>();
        secretariat.put("send a retired version", t -> t.assignments.create(new NewCampaign(t.retired, "Retired", "",
                LocalDate.now().plusDays(9), Set.of("SWE"))));
        secretariat.put("answer for Sweden", t -> t.answers.save(t.swedenNow, "q3_name", TextNode.valueOf("x"), 0));
        secretariat.put("submit for Sweden", t -> t.workflow.submit(t.swedenNow));
        secretariat.put("reopen a response that is not accepted", t -> t.workflow.reopen(t.swedenEarlier.id(), "x"));
        secretariat.put("accept a response that is not submitted", t -> t.workflow.accept(t.swedenNow));
        secretariat.put("return Sweden's response with a comment on no question", t -> t.workflow.returnToCountry(
                t.swedenEarlier.id(), Map.of("q99_forged", "Half-written?"), "Please check"));
        secretariat.put("compare versions of two templates", t -> t.templates.diff(t.version, t.retired, Language.EN));
        secretariat.put("print a draft as a blank questionnaire", t -> t.pdfs.blank(t.draft, Language.EN));
        secretariat.put("open an assignment that does not exist", t -> t.answers.open(-1));
        secretariat.put("ask for more time for Sweden", t -> t.requests.askForExtension(t.swedenNow,
                LocalDate.now().plusDays(90), "forged"));
        secretariat.put("grant a request that does not exist", t -> t.requests.grant(-1, ""));
        secretariat.put("refuse Sweden's request without a word", t -> t.requests.refuse(t.swedenRequest, " "));
        secretariat.forEach((what, attempt) -> all.add(Arguments.of("secretariat", what, attempt)));
        all.add(Arguments.of("no.role", "open Sweden's response", (Attempt) t -> t.answers.open(t.swedenEarlier.id())));
        all.add(Arguments.of("bad.country", "list their assignments", (Attempt) t -> t.assignments.myAssignments()));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} tries to {1}")
    @MethodSource("attempts")
    void aForgedRequestIsRefusedOrSeesNothing(String user, String what, Attempt attempt) {
        Object before = state();
        SignIn.as(users, user);

        Throwable refused = catchThrowable(() -> {
            Object result = attempt.run(this);
            assertThat(result).as("%s must see or change nothing of Sweden's", what).satisfiesAnyOf(
                    r -> assertThat(r).isNull(),
                    r -> assertThat(r).isEqualTo(0),
                    r -> assertThat(r).isEqualTo(java.util.Optional.empty()),
                    r -> assertThat(r).asString().doesNotContain("SWE", "Sweden", "Swedish"));
        });
        if (refused != null) {
            assertThat(refused).isInstanceOfAny(AssignmentException.class, AccessDeniedException.class,
                    DataAccessException.class, TemplateException.class);
            ClearMessage.assertClear(refused.getMessage());
        }

        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    /** What any of these attempts could change, as the secretariat sees it. */
    private Object state() {
        SignIn.as(users, "secretariat");
        var earlier = answers.open(swedenEarlier.id());
        assertThat(earlier.assignment().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        List<Object> state = List.of(earlier.answers().keySet(), earlier.answers().get("q3_name").revision(),
                answers.open(swedenNow).answers().keySet(), answers.open(franceNow).answers().keySet(),
                assignments.assignment(swedenNow), assignments.campaigns().size(), reminders.settings(),
                templates.version(draft).revision(), workflow.comments(swedenEarlier.id()).size(),
                reminders.log(earlierCampaign).size(), requests.ofResponse(swedenNow), requests.ofResponse(swedenEarlier.id()));
        SignIn.out();
        return state;
    }

    private static Assignment of(List<Assignment> assignments, String alpha3) {
        return assignments.stream().filter(a -> a.country().alpha3().equals(alpha3)).findFirst().orElseThrow();
    }

    private Integer sql(String query) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(query, Integer.class));
    }

    private Integer update(String statement) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.update(statement));
    }
}

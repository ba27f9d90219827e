package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.DemoActors;
import org.qconsole.identity.SystemScope;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.Progress;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data is written by the demo realm's users through the public services, so it carries what
 * those services leave behind: the acting users in every history line, a history row for every answer,
 * the workflow's events, completion recorded as the answers stand. Written below the services (as the
 * system, by repository), these checks fail.
 */
@SpringBootTest(properties = "console.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoDataFollowsTheRulesTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    DemoActors actors;
    @Autowired
    SectionTypeService plugins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSecretariatSentTheCampaignAndEachStateIsWhereTheDemoPutIt() {
        SignIn.as(users, "secretariat");
        Campaign campaign = demoCampaign();
        List<Assignment> all = assignments.assignments(campaign.id());

        assertThat(campaign.createdBy()).isEqualTo("secretariat");
        assertThat(all).hasSize(DemoCampaign.STATES.size());
        assertThat(all.stream().collect(Collectors.toMap(a -> a.country().alpha3(), Assignment::status)))
                .isEqualTo(DemoCampaign.STATES);
        assertThat(all).filteredOn(a -> a.deadline().isBefore(LocalDate.now()))
                .extracting(a -> a.country().alpha3()).containsExactlyInAnyOrderElementsOf(DemoCampaign.OVERDUE);
        assertThat(templates.history(templates.version(campaign.templateVersionId()).templateId()))
                .as("the questionnaire was imported and published by the secretariat")
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("secretariat"));
    }

    @Test
    void swedensHistoryNamesItsFocalPointForEveryAnswer() {
        SignIn.as(users, "secretariat");
        Assignment sweden = assignments.assignments(demoCampaign().id()).stream()
                .filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow();
        Map<String, StoredAnswer> saved = answers.open(sweden.id()).answers();
        List<HistoryEntry> history = histories.history(sweden.id(), Language.EN).entries();

        assertThat(saved.keySet()).contains("q1_ict_used", "q2_useful_icts", "q3_custom_software", "q8a_hub_services");
        assertThat(saved.values()).allSatisfy(answer -> assertThat(answer.updatedBy()).isEqualTo("swe.focal"));
        List<HistoryEntry> answerLines = history.stream().filter(e -> e.kind() == HistoryEntry.Kind.ANSWER).toList();
        assertThat(answerLines).extracting(HistoryEntry::questionKey)
                .as("one history row per answer").containsExactlyInAnyOrderElementsOf(saved.keySet());
        assertThat(answerLines).allSatisfy(line -> assertThat(line.actor()).isEqualTo("swe.focal"));
        assertThat(statusLines(history)).containsExactlyInAnyOrder("Assigned by secretariat", "Started by swe.focal");
    }

    @Test
    void everyStepOfTheWorkflowWasTakenByTheUserWhoMayTakeIt() {
        SignIn.as(users, "secretariat");
        for (Assignment assignment : assignments.assignments(demoCampaign().id())) {
            String country = assignment.country().alpha3();
            String focal = actors.focalPointOf(country);
            List<HistoryEntry> history = histories.history(assignment.id(), Language.EN).entries();
            Set<String> expected = new java.util.HashSet<>(Set.of("Assigned by secretariat"));
            AssignmentStatus status = DemoCampaign.STATES.get(country);
            if (status != AssignmentStatus.NOT_STARTED) {
                expected.add("Started by " + focal);
            }
            if (status == AssignmentStatus.SUBMITTED || status == AssignmentStatus.ACCEPTED
                    || status == AssignmentStatus.RETURNED) {
                expected.add("Submitted by " + focal);
            }
            if (status == AssignmentStatus.ACCEPTED) {
                expected.add("Accepted by secretariat");
            }
            if (status == AssignmentStatus.RETURNED) {
                expected.add("Returned by secretariat");
                assertThat(history).anySatisfy(e -> assertThat(e.note()).isEqualTo(DemoCampaign.RETURN_MESSAGE));
            }
            if (DemoCampaign.OVERDUE.contains(country)) {
                // The one step no user may take: its history names the demo data, not a user.
                expected.add("Deadline moved by " + DemoCampaign.ACTOR);
            }
            assertThat(statusLines(history)).as(country).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(history).filteredOn(e -> e.kind() == HistoryEntry.Kind.ANSWER).as(country)
                    .allSatisfy(e -> assertThat(e.actor()).isEqualTo(focal));
        }
        assertThat(actors.focalPointOf("DEU")).isEqualTo("demo.focal.deu");
        assertThat(actors.focalPointOf("SWE")).isEqualTo("swe.focal");
    }

    @Test
    void recordedCompletionIsWhatTheAnswersGive() {
        SignIn.as(users, "secretariat");
        List<Assignment> all = assignments.assignments(demoCampaign().id());
        Map<Long, Progress> computed = answers.progress(all);
        String stamp = CompletionFormula.stamp(plugins);

        for (Assignment assignment : all) {
            List<Map<String, Object>> recorded = SystemScope.call(() -> new TransactionTemplate(transactions)
                    .execute(s -> jdbc.queryForList("SELECT answered, required, formula FROM response_progress"
                            + " WHERE assignment_id = ?", assignment.id())));
            if (assignment.status() == AssignmentStatus.NOT_STARTED) {
                assertThat(recorded).as("nothing saved, nothing recorded").isEmpty();
                continue;
            }
            Progress progress = computed.get(assignment.id());
            assertThat(recorded).as(assignment.country().alpha3()).singleElement().satisfies(row -> {
                assertThat(row).containsEntry("answered", progress.answered())
                        .containsEntry("required", progress.required()).containsEntry("formula", stamp);
            });
        }
    }

    @Test
    void aDemoFocalPointSeesOnlyItsCountryInJavaAndInPostgres() {
        SignIn.as(users, "secretariat");
        long sweden = assignments.assignments(demoCampaign().id()).stream()
                .filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow().id();
        SignIn.out();

        List<String> visible = actors.asFocalPointOf("DEU", () -> new TransactionTemplate(transactions)
                .execute(s -> jdbc.queryForList("SELECT DISTINCT country FROM assignment", String.class)));
        assertThat(visible).as("row-level security gives the demo focal point its country only").containsExactly("DEU");
        actors.asFocalPointOf("DEU", () -> assertThatThrownBy(() -> assignments.assignment(sweden))
                .isInstanceOf(AssignmentException.class).hasMessage("There is no assignment " + sweden + "."));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out afterwards").isNull();
    }

    @Test
    void demoUsersNeverReplaceSomeoneSignedInNorRunAsTheSystem() {
        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> actors.asSecretariat(() -> { })).isInstanceOf(IllegalStateException.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("swe.focal");
        SignIn.out();

        assertThatThrownBy(() -> SystemScope.run(() -> actors.asSecretariat(() -> { })))
                .isInstanceOf(IllegalStateException.class);
    }

    private Campaign demoCampaign() {
        return assignments.campaigns().stream().filter(c -> c.title().equals(DemoCampaign.TITLE)).findFirst()
                .orElseThrow();
    }

    private static List<String> statusLines(List<HistoryEntry> history) {
        return history.stream().filter(e -> e.kind() == HistoryEntry.Kind.STATUS)
                .map(e -> e.what() + " by " + e.actor()).toList();
    }
}

package org.qconsole.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.Progress;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Prefill;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard reads completion recorded as answers change; these would fail if the recorded figures
 * went stale. After each change (a save, a pre-fill copy within a version, a copy into a newer version, a
 * condition hiding another section's questions, plugin sections answered) every response's recorded
 * figures, per section and overall, equal what the published questionnaire computes from its answers, and
 * so do the dashboard's per-State and per-section figures.
 */
@ConsoleTest
class RecordedFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DashboardService dashboards;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSaveAndAConditionHidingAnotherSectionsQuestionsKeepTheSectionsExact() {
        SignIn.as(users, "secretariat");
        long campaign = send(TemplateFixtures.publish(templates, "REC", withFollowUp()).id(), "Recorded");
        long sweden = idOf(campaign, "SWE");
        long kenya = idOf(campaign, "KEN");

        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);
        assertRecordedFiguresAreExact(campaign);
        assertThat(section(campaign, "s2_follow_up")).as("II is now required of Sweden (0%), not of the others")
                .isEqualTo((0 + 100 + 100) / 3);

        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q9_channels", TextNode.valueOf("e-mail"), 0);
        assertRecordedFiguresAreExact(campaign);
        assertThat(section(campaign, "s2_follow_up")).isEqualTo((50 + 100 + 100) / 3);

        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 1);
        assertRecordedFiguresAreExact(campaign);
        assertThat(section(campaign, "s2_follow_up")).as("hidden by a save in section I: nothing required")
                .isEqualTo(100);

        SignIn.as(users, "ken.contributor");
        answers.save(kenya, "q1_used", TextNode.valueOf("yes"), 0);
        assertRecordedFiguresAreExact(campaign);
    }

    @Test
    void aPrefillCopyWithinAVersionAndIntoANewerVersionAreRecorded() {
        SignIn.as(users, "secretariat");
        TemplateVersion v1 = TemplateFixtures.publish(templates, "RECP", withFollowUp());
        long lastYear = send(v1.id(), "Last year");
        long earlier = idOf(lastYear, "SWE");
        SignIn.as(users, "swe.focal");
        answers.save(earlier, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(earlier, "q3_name", TextNode.valueOf("Swedish Police Authority"), 0);
        answers.save(earlier, "q9_channels", TextNode.valueOf("e-mail"), 0);

        SignIn.as(users, "secretariat");
        long sameVersion = send(v1.id(), "This year");
        long newerVersion = send(v2WithoutCases(v1).id(), "This year, version 2");

        for (long campaign : List.of(sameVersion, newerVersion)) {
            long sweden = idOf(campaign, "SWE");
            SignIn.as(users, "swe.focal");
            copyEverything(sweden);
            assertRecordedFiguresAreExact(campaign);
            assertThat(section(campaign, "s2_follow_up")).as("Sweden's copied answers show II and answer half of it")
                    .isEqualTo((50 + 100 + 100) / 3);
        }
    }

    @Test
    void pluginSectionsAreRecordedAsTheirPluginsCount() throws Exception {
        SignIn.as(users, "secretariat");
        long campaign = send(TemplateFixtures.publish(templates, "RECG", TemplateFixtures.withPluginSections()).id(),
                "Plugins");
        long sweden = idOf(campaign, "SWE");

        SignIn.as(users, "swe.focal");
        answers.save(sweden, "s2_contact", JSON.readTree("{\"name\": \"Erik Lindqvist\", \"email\": \"erik@justice.se\"}"),
                0);
        answers.save(sweden, "s4_globe", JSON.readTree("{\"fiu\": {\"member\": \"yes\", \"threema\": \"no\"}}"), 0);

        assertRecordedFiguresAreExact(campaign);
    }

    /**
     * Every response's recorded rows equal the published questionnaire's count from its answers, and the
     * dashboard's per-State and per-section figures equal the ones computed from the answers.
     */
    private void assertRecordedFiguresAreExact(long campaign) {
        SignIn.as(users, "manager");
        List<Assignment> all = assignments.assignments(campaign);
        Map<Long, Progress> computed = answers.progress(all);
        for (Assignment assignment : all) {
            Progress progress = computed.get(assignment.id());
            List<String> recorded = recordedSections(assignment.id());
            if (!recorded.isEmpty()) {
                assertThat(recorded).as("%s's recorded sections", assignment.country().alpha3())
                        .containsExactlyElementsOf(progress.sections().stream()
                                .map(s -> s.section().key() + " " + s.answered() + "/" + s.required()).toList());
            }
        }
        CampaignDashboard dashboard = dashboards.dashboard(campaign);
        assertThat(dashboard.countries()).allSatisfy(c -> {
            Progress progress = computed.get(c.assignmentId());
            assertThat(c.answered() + "/" + c.required()).as(c.country().alpha3())
                    .isEqualTo(progress.answered() + "/" + progress.required());
        });
        assertThat(dashboard.sections()).extracting(s -> s.key() + " " + s.label() + " " + s.averagePercent())
                .containsExactlyElementsOf(sectionAverages(all, computed));
    }

    /** What the dashboard computed before completion was recorded: each section's average over every answer. */
    private static List<String> sectionAverages(List<Assignment> all, Map<Long, Progress> computed) {
        List<Assignment> counted = all.stream().filter(a -> a.status() != AssignmentStatus.WITHDRAWN).toList();
        List<String> averages = new ArrayList<>();
        List<Progress.SectionProgress> sections = computed.get(counted.get(0).id()).sections();
        for (int i = 0; i < sections.size(); i++) {
            int index = i;
            Section section = sections.get(i).section();
            int average = (int) counted.stream().mapToInt(a -> computed.get(a.id()).sections().get(index).percent())
                    .average().orElse(0);
            averages.add(section.key() + " " + section.number() + ". " + section.title().english() + " " + average);
        }
        return averages;
    }

    private int section(long campaign, String key) {
        SignIn.as(users, "manager");
        return dashboards.dashboard(campaign).sections().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow().averagePercent();
    }

    private List<String> recordedSections(long assignmentId) {
        return SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForList(
                "SELECT s.section_key || ' ' || s.answered || '/' || s.required FROM section_progress s"
                        + " JOIN response_progress p ON p.assignment_id = s.assignment_id WHERE s.assignment_id = ?",
                String.class, assignmentId)))
                .stream().sorted().toList();
    }

    private void copyEverything(long assignmentId) {
        Prefill prefill = answers.prefill(assignmentId, Language.EN).orElseThrow();
        Map<String, Integer> seen = new java.util.HashMap<>();
        prefill.items().forEach(item -> seen.put(item.questionKey(), item.currentRevision()));
        assertThat(answers.copyEarlierAnswers(assignmentId, prefill.source().id(), seen)).isEmpty();
    }

    /** {@link TemplateFixtures#everyKind()} and a section II whose questions show only when q1_used is "yes". */
    private static TemplateDefinition withFollowUp() {
        TemplateDefinition d = TemplateFixtures.everyKind();
        Question channels = TemplateFixtures.withVisibleWhen(new Question("q9_channels", "9",
                LocalizedText.en("Which channels?"), LocalizedText.EMPTY, new AnswerSpec.ShortText(200), true, null,
                null, List.of(), List.of()), new Condition.Equals("q1_used", TextNode.valueOf("yes")));
        Question since = TemplateFixtures.withVisibleWhen(new Question("q10_since", "10",
                LocalizedText.en("Since which year?"), LocalizedText.EMPTY, new AnswerSpec.ShortText(20), true, null,
                null, List.of(), List.of()), new Condition.Equals("q1_used", TextNode.valueOf("yes")));
        List<Section> sections = new ArrayList<>(d.sections());
        sections.add(new Section("s2_follow_up", "II", LocalizedText.en("Follow-up"), LocalizedText.EMPTY, List.of(),
                List.<Item>of(channels, since), null));
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(), sections);
    }

    /** Version 2 of the template: q5_cases dropped from section I. */
    private TemplateVersion v2WithoutCases(TemplateVersion v1) {
        TemplateVersion draft = templates.newDraftFrom(v1.id());
        List<Section> sections = new ArrayList<>(draft.definition().sections());
        Section first = sections.get(0);
        sections.set(0, new Section(first.key(), first.number(), first.title(), first.introduction(), first.footnotes(),
                first.items().stream().filter(item -> !item.key().equals("q5_cases")).toList(), first.plugin()));
        TemplateDefinition d = draft.definition();
        templates.saveDraft(draft.id(), draft.revision(), new TemplateDefinition(d.title(), d.circularReference(),
                d.introduction(), d.footnotes(), sections));
        return templates.publish(draft.id());
    }

    private long send(long versionId, String title) {
        return assignments.create(new NewCampaign(versionId, title, "", LocalDate.now().plusDays(30),
                Set.of("SWE", "KEN", "FRA"))).id();
    }

    private long idOf(long campaign, String country) {
        return assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals(country))
                .findFirst().orElseThrow().id();
    }
}

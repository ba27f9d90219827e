package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.MissingAnswer;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Prefill;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.SubmissionRefused;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The three shipped plugins in templates and responses, as the console loads them from plugins/. */
@ConsoleTest
class PluginSectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    SectionTypeService sectionTypes;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ResponseHistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theShippedPluginsRunAndAreOfferedToTheDesigner() {
        SignIn.as(users, "secretariat");

        assertThat(sectionTypes.installed()).extracting(InstalledPlugin::id, InstalledPlugin::state).contains(
                org.assertj.core.groups.Tuple.tuple("contact-details", InstalledPlugin.State.RUNNING),
                org.assertj.core.groups.Tuple.tuple("ict-inventory", InstalledPlugin.State.RUNNING),
                org.assertj.core.groups.Tuple.tuple("globe-membership", InstalledPlugin.State.RUNNING));
        assertThat(sectionTypes.available()).extracting(SectionTypeInfo::id)
                .contains("contact-details", "ict-inventory", "globe-membership");
    }

    @Test
    void aVersionCannotBePublishedWhileAPluginIsMissingOrRejectsItsConfiguration() {
        SignIn.as(users, "secretariat");
        TemplateDefinition missing = withSection(TemplateFixtures.pluginSection("s9", "IX", "Gone", "no-such-plugin",
                JsonNodeFactory.instance.objectNode()));
        var badConfiguration = JsonNodeFactory.instance.objectNode();
        badConfiguration.putArray("required").add("shoe-size");
        TemplateDefinition rejected = withSection(TemplateFixtures.pluginSection("s9", "IX", "Contact",
                "contact-details", badConfiguration));

        assertThatThrownBy(() -> TemplateFixtures.publish(templates, "MISS", missing))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).contains("section no-such-plugin: the plugin providing"
                                + " \"no-such-plugin\" is not installed"));
        assertThatThrownBy(() -> TemplateFixtures.publish(templates, "BAD", rejected))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).contains("section contact-details: required: There is no"
                                + " field \"shoe-size\"."));
    }

    @Test
    void pluginAnswersAreCheckedByTheirPluginStoredAndCountedIntoCompletion() throws Exception {
        long sweden = sendToSweden();
        SignIn.as(users, "swe.focal");

        assertThat(answers.save(sweden, "s2_contact", JSON.readTree("{\"name\": \"Erik\", \"email\": \"erik\"}"), 0))
                .isEqualTo(new SaveOutcome.Invalid("Enter an e-mail address such as name@ministry.gov."));
        assertThat(answers.save(sweden, "s2_contact",
                JSON.readTree("{\"name\": \"Erik Lindqvist\", \"email\": \"erik@justice.se\"}"), 0))
                .isInstanceOf(SaveOutcome.Saved.class);
        answers.save(sweden, "q1_used", JSON.readTree("\"no\""), 0);

        var progress = answers.progress(List.of(answers.open(sweden).assignment())).get(sweden);
        assertThat(progress.sections()).extracting(s -> s.section().key() + " " + s.answered() + "/" + s.required())
                .containsExactly("s1_general 1/1", "s2_contact 2/2", "s3_inventory 0/1", "s4_globe 0/1");
        assertThatThrownBy(() -> workflow.submit(sweden)).isInstanceOfSatisfying(SubmissionRefused.class,
                e -> assertThat(e.missing()).extracting(MissingAnswer::questionKey)
                        .containsExactly("s3_inventory", "s4_globe"));

        answers.save(sweden, "s3_inventory", JSON.readTree(
                "{\"tools\": [{\"name\": \"Case system\", \"category\": \"case_management\", \"secure\": true}]}"), 0);
        answers.save(sweden, "s4_globe", JSON.readTree("{\"fiu\": {\"member\": \"yes\", \"threema\": \"no\"}}"), 0);
        assertThat(workflow.missingAnswers(sweden)).isEmpty();
    }

    @Test
    void aPluginSectionsEarlierAnswerIsOfferedCopiedInItsPluginsFormatAndReadInWords() throws Exception {
        SignIn.as(users, "secretariat");
        var first = TemplateFixtures.publish(templates, "PLP", TemplateFixtures.withPluginSections());
        long sweden2022 = sendToSweden(first.id(), "Plugins 2022");
        var draft = templates.newDraftFrom(first.id());
        long sweden2024 = sendToSweden(templates.publish(draft.id()).id(), "Plugins 2024");
        SignIn.as(users, "swe.focal");
        var contact = JSON.readTree("{\"name\": \"Erik Lindqvist\", \"email\": \"erik@justice.se\"}");
        answers.save(sweden2022, "s2_contact", contact, 0);

        Prefill prefill = answers.prefill(sweden2024, Language.EN).orElseThrow();

        assertThat(prefill.items()).filteredOn(item -> item.questionKey().equals("s2_contact")).singleElement()
                .satisfies(item -> {
                    assertThat(item.question()).isEqualTo("II Contact");
                    assertThat(item.earlier()).contains("Erik Lindqvist").contains("erik@justice.se")
                            .doesNotContain("{");
                    assertThat(item.answeredNow()).isFalse();
                });
        assertThat(answers.copyEarlierAnswers(sweden2024, sweden2022, Map.of("s2_contact", 0))).isEmpty();

        assertThat(answers.open(sweden2024).answers().get("s2_contact").value()).isEqualTo(contact);
        assertThat(storedFormat(sweden2024, "s2_contact")).as("stored in the plugin's answer format")
                .isEqualTo(sectionTypes.type("contact-details").orElseThrow().answerFormat());
        assertThat(answers.progress(List.of(answers.open(sweden2024).assignment())).get(sweden2024).sections())
                .filteredOn(s -> s.section().key().equals("s2_contact")).singleElement()
                .satisfies(s -> assertThat(s.answered()).isEqualTo(s.required()));
        assertThat(history.history(sweden2024, Language.EN).entries()).filteredOn(e -> e.what().equals("Answer copied"))
                .singleElement().satisfies(e -> {
                    assertThat(e.question()).isEqualTo("II Contact");
                    assertThat(e.after()).contains("Erik Lindqvist").contains("erik@justice.se").doesNotContain("{");
                });
    }

    private Integer storedFormat(long assignmentId, String key) {
        return SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(
                "SELECT format FROM answer WHERE assignment_id = ? AND question_key = ?", Integer.class,
                assignmentId, key)));
    }

    private long sendToSweden() {
        SignIn.as(users, "secretariat");
        return sendToSweden(TemplateFixtures.publish(templates, "PLG", TemplateFixtures.withPluginSections()).id(),
                "Plugins");
    }

    private long sendToSweden(long version, String title) {
        long campaign = assignments.create(new NewCampaign(version, title, "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        return assignments.assignments(campaign).get(0).id();
    }

    private static TemplateDefinition withSection(Section section) {
        TemplateDefinition d = TemplateFixtures.everyKind();
        List<Section> sections = new java.util.ArrayList<>(d.sections());
        sections.add(section);
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(), sections);
    }
}

package org.qconsole.response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.assignment.SystemAssignments;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.DemoActors;
import org.qconsole.identity.SystemScope;
import org.qconsole.template.ShippedTemplates;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.VersionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data for the run command: the shipped ICT questionnaire sent to 24 States of every regional
 * group, in varied states, with Sweden's response pre-filled with the answers of the reference document
 * (questions 2, 3 and 8.a). Loaded once, only when demo data is on.
 *
 * <p>Written by the demo realm's users through the services they use on the pages ({@link DemoActors}):
 * the secretariat sends the campaign, each country's focal point answers and submits, the secretariat
 * accepts or returns. So every rule applies (roles, country scoping, answer checks, the required-answers
 * check at submission, the workflow table) and the history, events and recorded completion are those a
 * real campaign leaves. One step is the console's own: the three late States' deadlines, see
 * {@link #makeLate}.
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoCampaign implements StartupStep {

    /** The campaign's title (tests and benchmarks find the demo campaign by it). */
    static final String TITLE = "ICT for international cooperation and asset recovery (2023)";
    /** How the history names the demo data where it acts as the console itself (the late deadlines). */
    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    /** Who is where: a mix a manager would meet in a real campaign. */
    static final Map<String, AssignmentStatus> STATES = Map.ofEntries(
            Map.entry("SWE", AssignmentStatus.IN_PROGRESS), Map.entry("FRA", AssignmentStatus.NOT_STARTED),
            Map.entry("KEN", AssignmentStatus.NOT_STARTED), Map.entry("BRA", AssignmentStatus.NOT_STARTED),
            Map.entry("JPN", AssignmentStatus.NOT_STARTED), Map.entry("DEU", AssignmentStatus.ACCEPTED),
            Map.entry("ITA", AssignmentStatus.SUBMITTED), Map.entry("CAN", AssignmentStatus.RETURNED),
            Map.entry("NGA", AssignmentStatus.IN_PROGRESS), Map.entry("ZAF", AssignmentStatus.SUBMITTED),
            Map.entry("EGY", AssignmentStatus.NOT_STARTED), Map.entry("SEN", AssignmentStatus.ACCEPTED),
            Map.entry("IND", AssignmentStatus.IN_PROGRESS), Map.entry("IDN", AssignmentStatus.NOT_STARTED),
            Map.entry("PHL", AssignmentStatus.SUBMITTED), Map.entry("SAU", AssignmentStatus.NOT_STARTED),
            Map.entry("POL", AssignmentStatus.ACCEPTED), Map.entry("ROU", AssignmentStatus.IN_PROGRESS),
            Map.entry("UKR", AssignmentStatus.SUBMITTED), Map.entry("CZE", AssignmentStatus.NOT_STARTED),
            Map.entry("MEX", AssignmentStatus.SUBMITTED), Map.entry("ARG", AssignmentStatus.IN_PROGRESS),
            Map.entry("COL", AssignmentStatus.NOT_STARTED), Map.entry("CHL", AssignmentStatus.ACCEPTED));
    /** The required questions a submitted demo response answers "No" (question 1 is answered "Yes"). */
    private static final List<String> REQUIRED_NO = List.of("q4_evaluated", "q6_challenges", "q8_globe_member",
            "q8b_threema_registered");
    private static final JsonNode ICT_TYPES = JsonNodeFactory.instance.objectNode()
            .set("selected", JsonNodeFactory.instance.arrayNode().add("email").add("videoconference")
                    .add("case_management"));
    /** Late States: their deadline has passed. */
    static final List<String> OVERDUE = List.of("EGY", "SAU", "ROU");
    /** What the secretariat tells the country whose response it returns. */
    static final String RETURN_MESSAGE = "Please add details of the ICTs you use (question 2) and submit again.";

    private final DemoActors actors;
    private final TemplateService templates;
    private final AssignmentService assignments;
    private final AnswerService answers;
    private final ResponseWorkflow workflow;
    private final SystemAssignments system;

    DemoCampaign(DemoActors actors, TemplateService templates, AssignmentService assignments, AnswerService answers,
            ResponseWorkflow workflow, SystemAssignments system) {
        this.actors = actors;
        this.templates = templates;
        this.assignments = assignments;
        this.answers = answers;
        this.workflow = workflow;
        this.system = system;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_CAMPAIGN;
    }

    /**
     * Each service call is its own transaction, begun for the user who makes it, as each click is: that is
     * what gives PostgreSQL's row-level security the user's country. A start-up stopped halfway therefore
     * leaves the campaign as far as it got (delete {@code .data/} for a fresh demo).
     */
    @Override
    public void run() {
        Optional<TemplateVersion> version = actors.asSecretariat(this::versionNotSentYet);
        if (version.isEmpty()) {
            return;
        }
        Map<String, Long> sent = actors.asSecretariat(() -> send(version.get()));
        sent.forEach((country, id) -> actors.asFocalPointOf(country, () -> fillIn(country, id)));
        actors.asSecretariat(() -> sent.forEach(this::review));
        makeLate(sent);
        log.info("Demo data: {} sent {} to {} member States; their focal points answered", actors.secretariat(),
                version.get().label(), sent.size());
    }

    /** The shipped questionnaire's published version, unless a campaign uses it already (loaded once). */
    private Optional<TemplateVersion> versionNotSentYet() {
        String code = ShippedTemplates.ICT_2023.code();
        Optional<TemplateVersion> published = templates.templates().stream().filter(t -> t.code().equals(code))
                .findFirst().stream().flatMap(t -> templates.versionsOf(t.templateId()).stream())
                .filter(v -> v.status() == VersionStatus.PUBLISHED).min(Comparator.comparing(TemplateVersion::number));
        return published.filter(v -> assignments.campaigns().stream().noneMatch(c -> c.templateVersionId() == v.id()));
    }

    /** The secretariat sends the campaign, as from the campaigns page; returns each State's assignment. */
    private Map<String, Long> send(TemplateVersion version) {
        long campaignId = assignments.create(new NewCampaign(version.id(), TITLE,
                version.definition().circularReference(), LocalDate.now().plusDays(30), STATES.keySet())).id();
        return assignments.assignments(campaignId).stream()
                .collect(Collectors.toMap(a -> a.country().alpha3(), Assignment::id, (a, b) -> a, LinkedHashMap::new));
    }

    /** The country's focal point answers as far as the country got, and submits if it did. */
    private void fillIn(String country, long assignmentId) {
        AssignmentStatus target = STATES.get(country);
        if (target == AssignmentStatus.NOT_STARTED) {
            return;
        }
        answer(assignmentId, "q1_ict_used", TextNode.valueOf("yes"));
        if (country.equals("SWE")) {
            swedishAnswers().forEach((key, value) -> answer(assignmentId, key, value));
        }
        if (reachedTheSecretariat(target)) {
            // A response that reached the secretariat answers every required question (the submission checks it).
            answer(assignmentId, "q1a_ict_types", ICT_TYPES);
            REQUIRED_NO.forEach(key -> answer(assignmentId, key, TextNode.valueOf("no")));
            workflow.submit(assignmentId);
        }
    }

    /** The secretariat's decision on a submitted response. */
    private void review(String country, long assignmentId) {
        AssignmentStatus target = STATES.get(country);
        if (target == AssignmentStatus.ACCEPTED) {
            workflow.accept(assignmentId);
        } else if (target == AssignmentStatus.RETURNED) {
            workflow.returnToCountry(assignmentId, Map.of(), RETURN_MESSAGE);
        }
    }

    /**
     * The one write that is the console's own (and its history says so): a deadline in the past. No user
     * can set one, rightly (a campaign's deadline must be after today, an extension after the current
     * deadline), yet a demo without late States would show empty "late" lists and no overdue reminder.
     */
    private void makeLate(Map<String, Long> sent) {
        LocalDate passed = LocalDate.now().minusDays(5);
        SystemScope.run(() -> OVERDUE.forEach(country -> system.moveDeadline(sent.get(country), passed, ACTOR,
                "a late State of the demo")));
    }

    private void answer(long assignmentId, String key, JsonNode value) {
        SaveOutcome outcome = answers.save(assignmentId, key, value, 0);
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new IllegalStateException("The demo answer to " + key + " was not saved: " + outcome);
        }
    }

    private static boolean reachedTheSecretariat(AssignmentStatus target) {
        return target == AssignmentStatus.SUBMITTED || target == AssignmentStatus.ACCEPTED
                || target == AssignmentStatus.RETURNED;
    }

    private static Map<String, JsonNode> swedishAnswers() {
        try (InputStream in = DemoCampaign.class.getResourceAsStream("/demo/sweden-answers.json")) {
            Map<String, String> texts = new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { });
            Map<String, JsonNode> values = new LinkedHashMap<>();
            texts.forEach((key, text) -> values.put(key, TextNode.valueOf(text)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

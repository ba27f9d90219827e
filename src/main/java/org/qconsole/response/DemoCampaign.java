package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.SystemAssignments;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.SystemScope;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.response.repository.ResponseStatusRepository;
import org.qconsole.template.ShippedTemplates;
import org.qconsole.template.SystemTemplates;
import org.qconsole.template.TemplateVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the run command: the shipped ICT questionnaire sent to 24 States of every regional
 * group, in varied states, with Sweden's response pre-filled with the answers of the reference
 * document (questions 2, 3 and 8.a). Loaded once, as the system, only when demo data is on.
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoCampaign implements StartupStep {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    /** Who is where: a mix a manager would meet in a real campaign. */
    private static final Map<String, AssignmentStatus> STATES = Map.ofEntries(
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
    private static final JsonNode ICT_TYPES = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .set("selected", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("email")
                    .add("videoconference").add("case_management"));
    /** Late States: their deadline has passed. */
    private static final List<String> OVERDUE = List.of("EGY", "SAU", "ROU");

    private final SystemTemplates templates;
    private final SystemAssignments campaigns;
    private final AnswerRepository answers;
    private final ResponseStatusRepository statuses;
    private final TransactionTemplate transaction;
    private final ProgressTracker tracker;
    private final SectionTypeService plugins;

    DemoCampaign(SystemTemplates templates, SystemAssignments campaigns, AnswerRepository answers,
            ResponseStatusRepository statuses, PlatformTransactionManager transactions, ProgressTracker tracker,
            SectionTypeService plugins) {
        this.templates = templates;
        this.tracker = tracker;
        this.plugins = plugins;
        this.statuses = statuses;
        this.campaigns = campaigns;
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_CAMPAIGN;
    }

    @Override
    public void run() {
        SystemScope.run(() -> transaction.executeWithoutResult(status -> loadOnce()));
    }

    private void loadOnce() {
        List<TemplateVersion> versions = templates.versionsOf(ShippedTemplates.ICT_2023.code());
        if (versions.isEmpty()) {
            return;
        }
        TemplateVersion version = versions.get(0);
        if (campaigns.anyCampaignUses(version.id())) {
            return;
        }
        LocalDate deadline = LocalDate.now().plusDays(30);
        Map<String, Long> sent = campaigns.send(version.id(),
                "ICT for international cooperation and asset recovery (2023)",
                version.definition().circularReference(), deadline, STATES.keySet(), ACTOR, "Demo data");
        sent.forEach((country, id) -> {
            if (OVERDUE.contains(country)) {
                campaigns.moveDeadline(id, LocalDate.now().minusDays(5));
            }
            AssignmentStatus target = STATES.get(country);
            if (target != AssignmentStatus.NOT_STARTED) {
                answer(id, country, "q1_ict_used", TextNode.valueOf("yes"));
            }
            if (country.equals("SWE")) {
                swedishAnswers().forEach((key, value) -> answer(id, country, key, value));
            }
            boolean wasSubmitted = target == AssignmentStatus.SUBMITTED || target == AssignmentStatus.ACCEPTED
                    || target == AssignmentStatus.RETURNED;
            if (wasSubmitted) {
                // A response that reached the secretariat answers every required question.
                answer(id, country, "q1a_ict_types", ICT_TYPES);
                REQUIRED_NO.forEach(key -> answer(id, country, key, TextNode.valueOf("no")));
            }
            if (target != AssignmentStatus.NOT_STARTED) {
                // The answers are written below the answer service: their completion is recorded here.
                tracker.refresh(id, country, templates.published(version.id()).orElseThrow());
                statuses.place(id, target);
                if (wasSubmitted && target != AssignmentStatus.SUBMITTED) {
                    campaigns.recordEvent(id, country, "submitted", ACTOR, "Demo data");
                }
                campaigns.recordEvent(id, country, target.label().toLowerCase(), ACTOR, "Demo data");
            }
        });
        log.info("Demo data: sent {} to {} member States", version.code(), STATES.size());
    }

    private void answer(long assignmentId, String country, String key, JsonNode value) {
        answers.insert(assignmentId, country, key, value, ACTOR, null);
        answers.recordChange(assignmentId, country, key, null, value, ACTOR, null);
    }

    private static Map<String, JsonNode> swedishAnswers() {
        try (InputStream in = DemoCampaign.class.getResourceAsStream("/demo/sweden-answers.json")) {
            Map<String, String> texts = new ObjectMapper().readValue(in,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
            Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
            texts.forEach((key, text) -> values.put(key, TextNode.valueOf(text)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.response.AnswerService;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.PluginAnswerMigration;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's upgrade: version 1 of a "counter" plugin stores {"count": "3"} (format 1); version 2 stores
 * {"count": 3} (format 2) and migrates older answers. Both versions are built here; the answer stored
 * under version 1 is migrated once, recorded in the history, and left alone afterwards.
 */
@ConsoleTest
class PluginAnswerMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    @Autowired
    PluginAnswerMigration migration;
    @Autowired
    TemplateVersionRepository versions;
    @Autowired
    AnswerRepository answerRows;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService history;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anUpgradedPluginMigratesStoredAnswersOnceAndTheHistorySaysSo() throws Exception {
        String typeId = "counter-" + Long.toHexString(System.nanoTime());
        SectionPlugins v1 = SectionPlugins.load(counter(work.resolve("v1"), typeId, 1));
        GuardedSectionType counterV1 = v1.find(typeId).orElseThrow();
        var configuration = JsonNodeFactory.instance.objectNode();
        var storedByV1 = JSON.readTree("{\"count\": \"3\"}");
        assertThat(counterV1.answerFormat()).isEqualTo(1);
        assertThat(counterV1.validate(configuration, storedByV1)).isEmpty();
        long sweden = publishAndSendToSweden(typeId, configuration);
        SystemScope.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                answerRows.write(sweden, "SWE", "s_count", storedByV1, 0, "swe.focal", counterV1.answerFormat(), null,
                        "s_count", true)));

        SectionPlugins v2 = SectionPlugins.load(counter(work.resolve("v2"), typeId, 2));
        int migrated = migration.migrate(new SectionTypeService(v2));

        assertThat(migrated).isEqualTo(1);
        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden).answers().get("s_count").value()).isEqualTo(JSON.readTree("{\"count\": 3}"));
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> e.kind() == HistoryEntry.Kind.ANSWER)
                .as("the answer as version 1 stored it, then its migration").hasSize(2)
                .first().satisfies(e -> {
                    assertThat(e.note()).isEqualTo("Migrated by " + typeId + " 2.0.0 from answer format 1 to 2");
                    assertThat(e.actor()).isEqualTo("plugin-migration");
                });
        assertThat(recordedSection(sweden, "s_count")).as("recorded as version 2 counts it, for the dashboard")
                .isEqualTo("1/1");
        assertThat(migration.migrate(new SectionTypeService(v2))).as("already in format 2").isZero();
    }

    private String recordedSection(long assignmentId, String key) {
        return SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(
                "SELECT answered || '/' || required FROM section_progress WHERE assignment_id = ? AND section_key = ?",
                String.class, assignmentId, key)));
    }

    private long publishAndSendToSweden(String typeId, com.fasterxml.jackson.databind.JsonNode configuration) {
        TemplateDefinition base = TemplateFixtures.everyKind();
        List<org.qconsole.model.Section> sections = new java.util.ArrayList<>(base.sections());
        sections.add(TemplateFixtures.pluginSection("s_count", "II", "Counter", typeId, configuration));
        TemplateDefinition definition = new TemplateDefinition(base.title(), base.circularReference(),
                base.introduction(), base.footnotes(), sections);
        // Published directly: this console does not run the counter plugin, the test's own plugin folders do.
        long versionId = SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> {
            long templateId = versions.insertTemplate(typeId.toUpperCase(), "test");
            long id = versions.insertVersion(templateId, definition, "test", null);
            versions.publish(id, "test");
            return id;
        }));
        SignIn.as(users, "secretariat");
        long campaign = assignments.create(new NewCampaign(versionId, "Counting", "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        return assignments.assignments(campaign).get(0).id();
    }

    /** Version {@code format}.0.0 of the counter plugin: format 1 counts in text, format 2 in numbers. */
    private static Path counter(Path folder, String typeId, int format) {
        String count = format == 1 ? "a.path(\"count\").asText()" : "a.path(\"count\").asInt()";
        String source = """
                package t.counter;

                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.node.JsonNodeFactory;
                import com.vaadin.flow.component.Component;
                import com.vaadin.flow.component.html.Span;
                import java.util.List;
                import java.util.Map;
                import org.pf4j.Extension;
                import org.qconsole.plugin.api.*;

                @Extension
                public class Counter implements SectionType {
                    public String id() { return "%1$s"; }
                    public Map<String, String> displayNames() { return Map.of("en", "Counter"); }
                    public int answerFormat() { return %2$d; }
                    public JsonNode migrateAnswer(JsonNode a, int from) {
                        return JsonNodeFactory.instance.objectNode().put("count", Integer.parseInt(a.path("count").asText()));
                    }
                    public JsonNode defaultConfiguration() { return JsonNodeFactory.instance.objectNode(); }
                    public List<Problem> checkConfiguration(JsonNode c) { return List.of(); }
                    public JsonInput configurationEditor(JsonNode c, SectionContext x) { throw new UnsupportedOperationException(); }
                    public JsonInput fillIn(JsonNode c, SectionContext x) { throw new UnsupportedOperationException(); }
                    public Component readOnly(JsonNode c, JsonNode a, SectionContext x) { return new Span(String.valueOf(%3$s)); }
                    public List<Problem> validate(JsonNode c, JsonNode a) { return List.of(); }
                    public Completion completion(JsonNode c, JsonNode a) { return new Completion(a == null ? 0 : 1, 1); }
                    public List<ExportColumn> exportColumns(JsonNode c) { return List.of(new ExportColumn("count", "Count")); }
                    public Map<String, String> exportCells(JsonNode c, JsonNode a) { return Map.of("count", String.valueOf(%3$s)); }
                }
                """.formatted(typeId, format, count);
        TestPlugins.build(folder, typeId, format + ".0.0", Map.of("t.counter.Counter", source), null,
                List.of("t.counter.Counter"));
        return folder;
    }
}

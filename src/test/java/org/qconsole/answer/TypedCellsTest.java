package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Grid and table cells with types and settings (issue 12, item 6), on PostgreSQL: a bounded whole number with a
 * unit, a date, Yes/No, a text with a maximum length, required cells; the server refuses what does not fit,
 * completion waits for required cells, history and exports read them.
 */
@ConsoleTest
class TypedCellsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Column SHARE = new Column("share", LocalizedText.en("Share"), ColumnType.NUMBER, List.of())
            .withCellSettings(new AnswerSpec.NumberBox(true, BigDecimal.ZERO, BigDecimal.valueOf(100),
                    LocalizedText.en("%")), null, true);
    private static final Column SINCE = new Column("since", LocalizedText.en("Since"), ColumnType.DATE, List.of());
    private static final Column DONE = new Column("done", LocalizedText.en("Done"), ColumnType.YES_NO, List.of());
    private static final Column NAME = new Column("name", LocalizedText.en("Name"), ColumnType.TEXT, List.of())
            .withCellSettings(null, 10, false);

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    ExportService exports;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse response;

    @BeforeEach
    void swedenIsAsked() {
        SignIn.as(users, "secretariat");
        var grid = TemplateFixtures.required(TemplateFixtures.question("q1_sectors", "1", "Sectors",
                new AnswerSpec.Grid(List.of(new AnswerSpec.Row("public", LocalizedText.en("Public")),
                        new AnswerSpec.Row("private", LocalizedText.en("Private"))), List.of(SHARE, SINCE, DONE)),
                List.of()));
        var table = TemplateFixtures.required(TemplateFixtures.question("q2_bodies", "2", "Bodies", new AnswerSpec.Table(
                List.of(NAME, SHARE), null, null), List.of()));
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Cells"), "CU 2026/31",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Cells"),
                        LocalizedText.EMPTY, List.of(), List.of(grid, table), null)));
        long version = TemplateFixtures.publish(templates, "CELLS", definition).id();
        response = OneResponse.sentToSweden(assignments, answers, version, "Cells");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void cellsThatDoNotFitAreRefusedInTheFormsWords() throws Exception {
        assertRefused("q1_sectors", "{\"public\": {\"share\": 120}}", "Share: Enter a number from 0 to 100.");
        assertRefused("q1_sectors", "{\"public\": {\"share\": 12.5}}", "Share: Enter a whole number.");
        assertRefused("q1_sectors", "{\"public\": {\"since\": \"31/12/2020\"}}",
                "Since: Enter a date as year-month-day, e.g. 2024-03-31.");
        assertRefused("q1_sectors", "{\"public\": {\"done\": \"maybe\"}}", "Done: Choose Yes or No.");
        assertRefused("q2_bodies", "[{\"name\": \"Anti-corruption agency\"}]", "Row 1: Name: Enter at most 10 characters (this has 22).");
    }

    @Test
    void aRequiredCellIsNeededInEveryRowAndTheAnswerReadsWithItsUnit() throws Exception {
        response.save("q1_sectors", json("{\"public\": {\"share\": 60, \"since\": \"2020-01-01\", \"done\": \"yes\"}}"));
        assertThat(response.missing()).as("the private row has no share yet").contains("q1_sectors");

        response.save("q1_sectors", json("{\"public\": {\"share\": 60, \"since\": \"2020-01-01\", \"done\": \"yes\"},"
                + " \"private\": {\"share\": 40}}"));
        assertThat(response.missing()).containsExactly("q2_bodies");
        response.save("q2_bodies", json("[{\"name\": \"Audit\"}]"));
        assertThat(response.missing()).as("the row has no share").containsExactly("q2_bodies");
        response.save("q2_bodies", json("[{\"name\": \"Audit\", \"share\": 5}]"));

        assertThat(response.missing()).isEmpty();
        assertThat(histories.history(response.assignment(), Language.EN).entries()).anySatisfy(entry -> assertThat(entry.after())
                .isEqualTo("Public: Share 60 %, Since 2020-01-01, Done Yes; Private: Share 40 %"));
        SignIn.as(users, "secretariat");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(response.campaign()), ExportFormat.CSV, out, rows -> { });
        List<List<String>> csv = Csv.parse(out.toString(StandardCharsets.UTF_8));
        List<String> header = csv.get(0);
        assertThat(csv.get(1).get(header.indexOf("q1_sectors.public.share"))).as("a number").isEqualTo("60");
        assertThat(csv.get(1).get(header.indexOf("q1_sectors.public.done"))).isEqualTo("Yes");
    }

    @Test
    void cellSettingsThatCannotWorkAreRefusedOnPublish() {
        SignIn.as(users, "secretariat");
        Column boundedText = new Column("name", LocalizedText.en("Name"), ColumnType.TEXT, List.of())
                .withCellSettings(new AnswerSpec.NumberBox(false, null, null, null), null, false);
        Column longNumber = SHARE.withCellSettings(new AnswerSpec.NumberBox(false, BigDecimal.TEN, BigDecimal.ONE,
                null), 20, false);
        var table = TemplateFixtures.question("q1_bad", "1", "Bad", new AnswerSpec.Table(List.of(boundedText,
                longNumber), null, null), List.of());
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Bad cells"), "", LocalizedText.EMPTY,
                List.of(), List.of(new Section("s1", "I", LocalizedText.en("Cells"), LocalizedText.EMPTY, List.of(),
                        List.of(table), null)));

        TemplateException failure = catchThrowableOfType(TemplateException.class,
                () -> TemplateFixtures.publish(templates, "BADCELLS", definition));

        assertThat(failure.problems()).extracting(Problem::toString).contains(
                "Question 1 (q1_bad): column name has number settings, which only a number column takes",
                "Question 1 (q1_bad): column share has a maximum length, which only a text column takes");
        assertThat(failure.problems()).anySatisfy(p -> assertThat(p.toString()).startsWith(
                "Question 1 (q1_bad): column share ").contains("10", "1"));
    }


    private void assertRefused(String key, String value, String message) throws Exception {
        assertThat(answers.save(response.assignment(), key, json(value), 0)).as(value)
                .isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid ->
                        assertThat(invalid.problem()).isEqualTo(message));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}

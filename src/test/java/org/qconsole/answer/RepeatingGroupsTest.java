package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A repeating group imported from the template format and answered on PostgreSQL: forged repetitions are
 * refused with the form's words, completion asks every repetition for its required answers (conditions
 * reading the same repetition), and the export writes each repetition's answers in its own columns.
 */
@ConsoleTest
class RepeatingGroupsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    private long version;

    @BeforeEach
    void swedenIsAskedAboutItsProjects() throws IOException {
        SignIn.as(users, "secretariat");
        long draft;
        try {
            draft = templates.importFile(file("projects-group.json")).id();
        } catch (TemplateException refused) {
            throw new AssertionError("The example was refused: " + refused.problems(), refused);
        }
        version = templates.publish(draft).id();
        response = OneResponse.sentToSweden(assignments, answers, version, "Projects");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void forgedRepetitionsAreRefusedWithTheWordsOfTheForm() throws Exception {
        assertThat(refusal("[{\"title\": \"Water\"}, {\"title\": \"Roads\", \"budget\": -5}]"))
                .isEqualTo("Project 2, Budget: Enter a number of at least 0.");
        assertThat(refusal("[{\"title\": \"Water\", \"owner\": \"me\"}]"))
                .isEqualTo("Project 1, \"owner\" is not a question of this group.");
        assertThat(refusal("[{\"status\": \"abandoned\"}]")).startsWith("Project 1, Status: ");
        assertThat(refusal("[{}, {}, {}, {}]")).isEqualTo("Give at most 3 repetitions (this has 4).");
        assertThat(refusal("{\"title\": \"Water\"}")).isEqualTo("This group's answer is not readable.");
        assertThat(answers.open(response.assignment()).answers()).doesNotContainKey("q1_projects");
    }

    @Test
    void everyRepetitionNeedsItsRequiredAnswersIncludingThoseItsOwnConditionsAsk() throws Exception {
        response.save("q1_projects", JSON.readTree("[{\"title\": \"Water\", \"status\": \"ongoing\"},"
                + " {\"title\": \"Roads\", \"status\": \"done\"}]"));
        assertThat(response.missing()).containsExactly("q1_projects");
        assertThat(response.shown("q2_more")).isTrue();

        response.save("q1_projects", JSON.readTree("[{\"title\": \"Water\", \"status\": \"ongoing\"},"
                + " {\"title\": \"Roads\", \"status\": \"done\", \"ended\": \"2025-06-30\"}]"));
        assertThat(response.missing()).isEmpty();
        assertThat(histories.history(response.assignment(), Language.EN).entries()).anySatisfy(entry ->
                assertThat(entry.after()).isEqualTo("Project 1: Title: Water; Status: Ongoing | "
                        + "Project 2: Title: Roads; Status: Completed; Completed on: 2025-06-30"));
    }

    @Test
    void theExportGivesEachRepetitionItsOwnColumns() throws Exception {
        response.save("q1_projects", JSON.readTree("[{\"title\": \"Water\", \"budget\": 1200, \"status\": \"ongoing\"},"
                + " {\"title\": \"Roads\", \"status\": \"done\", \"ended\": \"2025-06-30\"}]"));
        SignIn.as(users, "manager");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(response.campaign()), ExportFormat.CSV, out, rows -> { });
        List<List<String>> rows = Csv.parse(out.toString(StandardCharsets.UTF_8));

        List<String> header = rows.get(0);
        List<String> sweden = rows.stream().filter(row -> row.contains("SWE")).findFirst().orElseThrow();
        assertThat(sweden.get(header.indexOf("q1_projects.items"))).isEqualTo("2");
        assertThat(sweden.get(header.indexOf("q1_projects.1.title"))).isEqualTo("Water");
        assertThat(sweden.get(header.indexOf("q1_projects.1.budget"))).isEqualTo("1200");
        assertThat(sweden.get(header.indexOf("q1_projects.2.status"))).isEqualTo("Completed");
        assertThat(sweden.get(header.indexOf("q1_projects.2.ended"))).isEqualTo("2025-06-30");
        assertThat(sweden.get(header.indexOf("q1_projects.2.budget"))).isEmpty();
        assertThat(header).contains("q1_projects.3.title").doesNotContain("q1_projects.4.title");
    }

    @Test
    void theWorkbookHasASheetWithOneRowPerRepetition() throws Exception {
        response.save("q1_projects", JSON.readTree("[{\"title\": \"Water\", \"budget\": 1200, \"status\": \"ongoing\"},"
                + " {\"title\": \"Roads\", \"status\": \"done\", \"ended\": \"2025-06-30\"}]"));
        SignIn.as(users, "manager");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(response.campaign()), ExportFormat.XLSX, out, rows -> { });

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet projects = workbook.getSheet("Group q1_projects");
            DataFormatter cells = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            projects.forEach(row -> {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    texts.add(cells.formatCellValue(row.getCell(i)));
                }
                rows.add(texts);
            });
            assertThat(rows).containsExactly(
                    List.of("State", "ISO code", "Campaign", "Repetition", "Title", "Budget", "Status", "Completed on"),
                    List.of("Sweden", "SWE", "Projects " + version, "1", "Water", "1200", "Ongoing", ""),
                    List.of("Sweden", "SWE", "Projects " + version, "2", "Roads", "", "Completed", "2025-06-30"));
        }
    }

    @Test
    void aGroupThatCannotWorkIsRefusedOnImportWithEveryProblem() throws IOException {
        String broken = new String(file("projects-group.json"), StandardCharsets.UTF_8)
                .replace("\"minItems\": 1, \"maxItems\": 3", "\"minItems\": 5, \"maxItems\": 3")
                .replace("\"key\": \"budget\"", "\"key\": \"title\"")
                .replace("\"question\": \"status\", \"value\": \"done\"", "\"question\": \"q2_more\", \"value\": \"x\"")
                .replace("\"answer\": {\"kind\": \"date\"}", "\"answer\": {\"kind\": \"documents\"}");
        SignIn.as(users, "secretariat");

        assertThatThrownBy(() -> templates.importFile(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(Objects::toString)
                        .anyMatch(p -> p.contains("allows 5 to 3 repetitions"))
                        .anyMatch(p -> p.contains("has two repeated questions with the value \"title\""))
                        .anyMatch(p -> p.contains("repeated question ended") && p.contains("no question with that key"))
                        .anyMatch(p -> p.contains("repeated question ended that takes documents")));
    }

    private String refusal(String value) throws Exception {
        JsonNode forged = JSON.readTree(value);
        SaveOutcome outcome = answers.save(response.assignment(), "q1_projects", forged, 0);
        assertThat(outcome).isInstanceOf(SaveOutcome.Invalid.class);
        return ((SaveOutcome.Invalid) outcome).problem();
    }

    private static byte[] file(String name) throws IOException {
        try (var in = RepeatingGroupsTest.class.getResourceAsStream("/templates/" + name)) {
            return in.readAllBytes();
        }
    }
}

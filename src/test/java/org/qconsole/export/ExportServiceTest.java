package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.TranslatedAnswer;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Exports as analysts open them: cells, escaping, formula neutralization, versions lined up by key. */
@ConsoleTest
class ExportServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ExportService exports;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    private TemplateVersion v1;

    @BeforeEach
    void publish() {
        SignIn.as(users, "secretariat");
        v1 = TemplateFixtures.publishEveryKind(templates, "EXP");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void csvKeepsQuotesLineBreaksAndScriptsAndNeutralizesFormulas() throws Exception {
        long campaign = send(v1.id(), "ICT 2024", "SWE", "EGY");
        long sweden = assignment(campaign, "SWE");
        long egypt = assignment(campaign, "EGY");
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(sweden, "q1a_which", JSON.readTree("{\"selected\": [\"video\"], \"other\": \"=cmd|' /C calc'!A0\"}"), 0);
        answers.save(sweden, "q3_name", TextNode.valueOf("@SUM(1+1)"), 0);
        answers.save(sweden, "q4_details", TextNode.valueOf("Line one, with \"quotes\"\nLine two: هيئة مكافحة الفساد"), 0);
        answers.save(sweden, "q5_cases", IntNode.valueOf(-0), 0);
        answers.save(sweden, "q8_authorities", JSON.readTree("[{\"name\": \"+46 Police\", \"kind\": \"police\"}]"), 0);

        SignIn.as(users, "manager");
        List<List<String>> csv = Csv.parse(csv(campaign));

        List<String> header = csv.get(0);
        assertThat(header.subList(0, 6)).containsExactly("country", "iso3", "group", "campaign", "status", "completion");
        assertThat(header).contains("q1_used", "q1a_which.email", "q1a_which.video", "q1a_which.other", "q3_name",
                "q7_requests.y2022.sent", "q8_authorities.rows", "q8_authorities.1.name");
        assertThat(csv).hasSize(3);
        List<String> swe = csv.stream().filter(r -> r.get(1).equals("SWE")).findFirst().orElseThrow();
        assertThat(cell(header, swe, "q1_used")).isEqualTo("Yes");
        assertThat(cell(header, swe, "q1a_which.video")).isEqualTo("Yes");
        assertThat(cell(header, swe, "q1a_which.email")).isEmpty();
        assertThat(cell(header, swe, "q1a_which.other")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(cell(header, swe, "q3_name")).isEqualTo("'@SUM(1+1)");
        assertThat(cell(header, swe, "q4_details")).isEqualTo("Line one, with \"quotes\"\nLine two: هيئة مكافحة الفساد");
        assertThat(cell(header, swe, "q5_cases")).isEqualTo("0");
        assertThat(cell(header, swe, "q8_authorities.rows")).isEqualTo("1");
        assertThat(cell(header, swe, "q8_authorities.1.name")).isEqualTo("'+46 Police");
        assertThat(cell(header, swe, "q8_authorities.1.kind")).isEqualTo("Police");
        assertThat(cell(header, swe, "completion")).isEqualTo("100");
        List<String> egy = csv.stream().filter(r -> r.get(1).equals("EGY")).findFirst().orElseThrow();
        assertThat(cell(header, egy, "status")).isEqualTo("Not started");
        assertThat(egy.subList(6, egy.size())).allMatch(String::isEmpty);
        assertThat(egypt).isPositive();
    }

    @Test
    void aFreeTextAndItsVersionInAnotherLanguageAreTwoColumns() throws Exception {
        long campaign = send(v1.id(), "ICT 2024", "SWE", "FRA");
        SignIn.as(users, "swe.focal");
        answers.save(assignment(campaign, "SWE"), "q4_details",
                new TranslatedAnswer("Ärenden registreras i Lex.", Language.EN, "Cases are recorded in Lex.").toJson(), 0);
        SignIn.as(users, "fra.focal");
        answers.save(assignment(campaign, "FRA"), "q4_details", TextNode.valueOf("Pas de version."), 0);

        SignIn.as(users, "manager");
        List<List<String>> csv = Csv.parse(csv(campaign));

        List<String> header = csv.get(0);
        assertThat(header).containsSubsequence("q4_details", "q4_details.translation");
        List<String> swe = csv.stream().filter(r -> r.get(1).equals("SWE")).findFirst().orElseThrow();
        List<String> fra = csv.stream().filter(r -> r.get(1).equals("FRA")).findFirst().orElseThrow();
        assertThat(cell(header, swe, "q4_details")).isEqualTo("Ärenden registreras i Lex.");
        assertThat(cell(header, swe, "q4_details.translation")).isEqualTo("Cases are recorded in Lex.");
        assertThat(cell(header, fra, "q4_details")).isEqualTo("Pas de version.");
        assertThat(cell(header, fra, "q4_details.translation")).isEmpty();
    }

    @Test
    void xlsxHasHeadingsNumbersStatusesAndTheQuestionnaire() throws Exception {
        long campaign = send(v1.id(), "ICT 2024", "SWE", "FRA");
        long sweden = assignment(campaign, "SWE");
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q1a_which", JSON.readTree("{\"selected\": [\"email\"]}"), 0); // hidden by q1 = no
        answers.save(sweden, "q5_cases", IntNode.valueOf(1250), 0);
        answers.save(sweden, "q3_name", TextNode.valueOf("=1+2"), 0);

        SignIn.as(users, "manager");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(List.of(campaign))))) {
            Sheet sheet = workbook.getSheet("Answers");
            int q5 = column(sheet.getRow(2), "q5_cases");
            assertThat(sheet.getRow(0).getCell(q5).getStringCellValue()).isEqualTo("5");
            assertThat(sheet.getRow(1).getCell(q5).getStringCellValue()).isEqualTo("How many cases?");
            Row swe = row(sheet, "SWE");
            assertThat(swe.getCell(q5).getNumericCellValue()).isEqualTo(1250.0);
            assertThat(text(swe, column(sheet.getRow(2), "q3_name"))).isEqualTo("'=1+2");
            assertThat(text(swe, column(sheet.getRow(2), "q1a_which.email"))).as("hidden answers are left out").isEmpty();
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
            Sheet statuses = workbook.getSheet("Statuses");
            assertThat(statuses.getPhysicalNumberOfRows()).isEqualTo(3);
            Sheet questionnaire = workbook.getSheet("Questionnaire");
            assertThat(text(questionnaire.getRow(2), 0)).isEqualTo("q1_used");
            assertThat(text(questionnaire.getRow(2), 3)).isEqualTo("Do you use ICT?");
        }
    }

    @Test
    void responsesToTwoVersionsLineUpByStableKey() throws Exception {
        long campaign2022 = send(v1.id(), "ICT 2022", "SWE");
        TemplateVersion draft = templates.newDraftFrom(v1.id());
        List<Item> items = new ArrayList<>(draft.definition().sections().get(0).items());
        items.removeIf(item -> item.key().equals("q5_cases"));
        items.add(1, TemplateFixtures.question("q9_new", "1.b", "What changed since 2022?",
                new AnswerSpec.LongText(null), List.of()));
        TemplateDefinition changed = TemplateFixtures.withItems(draft.definition(), items);
        templates.saveDraft(draft.id(), draft.revision(), changed);
        long campaign2024 = send(templates.publish(draft.id()).id(), "ICT 2024", "SWE");
        SignIn.as(users, "swe.focal");
        answers.save(assignment(campaign2022, "SWE"), "q3_name", TextNode.valueOf("Police 2022"), 0);
        answers.save(assignment(campaign2022, "SWE"), "q5_cases", IntNode.valueOf(12), 0);
        answers.save(assignment(campaign2024, "SWE"), "q3_name", TextNode.valueOf("Police 2024"), 0);
        answers.save(assignment(campaign2024, "SWE"), "q9_new", TextNode.valueOf("Secure channel"), 0);

        SignIn.as(users, "manager");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(List.of(campaign2022,
                campaign2024))))) {
            Sheet sheet = workbook.getSheet("Answers");
            Row keys = sheet.getRow(2);
            List<String> order = new ArrayList<>();
            keys.forEach(cell -> order.add(cell.getStringCellValue()));
            assertThat(order).containsSubsequence("q1_used", "q9_new", "q2_tool", "q3_name", "q4_details", "q5_cases",
                    "q6_since");
            Row r2022 = rowOf(sheet, "ICT 2022");
            Row r2024 = rowOf(sheet, "ICT 2024");
            assertThat(text(r2022, column(keys, "q3_name"))).isEqualTo("Police 2022");
            assertThat(text(r2024, column(keys, "q3_name"))).isEqualTo("Police 2024");
            assertThat(r2022.getCell(column(keys, "q5_cases")).getNumericCellValue()).isEqualTo(12.0);
            assertThat(text(r2024, column(keys, "q5_cases"))).isEmpty();
            assertThat(text(r2024, column(keys, "q9_new"))).isEqualTo("Secure channel");
            assertThat(text(r2022, column(keys, "q9_new"))).isEmpty();
        }
    }

    @Test
    void anEmptyCampaignIsAValidFileWithHeadings() throws Exception {
        long campaign = send(v1.id(), "Nobody answered", "KEN");

        SignIn.as(users, "manager");
        List<List<String>> csv = Csv.parse(csv(campaign));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).contains("q1_used");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(List.of(campaign))))) {
            assertThat(workbook.getSheet("Answers").getPhysicalNumberOfRows()).isEqualTo(4);
        }
    }

    @Test
    void onlyManagersAndTheSecretariatExport() {
        long campaign = send(v1.id(), "Private", "SWE");
        SignIn.as(users, "swe.focal");

        assertThatThrownBy(() -> exports.export(List.of(campaign), ExportFormat.CSV, new ByteArrayOutputStream(),
                rows -> { })).isInstanceOf(AccessDeniedException.class);
    }

    private String csv(long campaign) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger rows = new AtomicInteger();
        exports.export(List.of(campaign), ExportFormat.CSV, out, rows::set);
        assertThat(rows.get()).isEqualTo(exports.rowCount(List.of(campaign)));
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(List<Long> campaigns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(campaigns, ExportFormat.XLSX, out, rows -> { });
        return out.toByteArray();
    }

    private long send(long versionId, String title, String... countries) {
        SignIn.as(users, "secretariat");
        return assignments.create(new NewCampaign(versionId, title, "", LocalDate.now().plusDays(20),
                Set.of(countries))).id();
    }

    private long assignment(long campaign, String country) {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext();
        SignIn.as(users, "secretariat");
        long id = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals(country))
                .findFirst().orElseThrow().id();
        org.springframework.security.core.context.SecurityContextHolder.setContext(user);
        return id;
    }

    private static String cell(List<String> header, List<String> row, String key) {
        return row.get(header.indexOf(key));
    }

    private static int column(Row keys, String key) {
        for (var cell : keys) {
            if (cell.getStringCellValue().equals(key)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + key);
    }

    private static Row row(Sheet sheet, String iso3) {
        for (Row row : sheet) {
            if (row.getRowNum() > 2 && text(row, 1).equals(iso3)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + iso3);
    }

    private static Row rowOf(Sheet sheet, String campaignTitle) {
        for (Row row : sheet) {
            if (row.getRowNum() > 2 && text(row, 3).equals(campaignTitle)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + campaignTitle);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }
}

package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.response.AnswerService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An export speaks the language of whoever made it: sheet names, headings, statuses, State names and the
 * questionnaire's texts (English where a text has no translation); question keys and ISO codes stay as they are.
 */
@ConsoleTest
class ExportLanguagesTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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

    private long campaign;

    @BeforeEach
    void aCampaignSwedenHasBegun() throws Exception {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "EXPLANG").id();
        campaign = assignments.create(new NewCampaign(version, "TIC 2027", "", LocalDate.now().plusDays(20),
                Set.of("SWE", "EGY"))).id();
        long sweden = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("SWE"))
                .findFirst().orElseThrow().id();
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q3_name", TextNode.valueOf("Polisen"), 0);
        answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(sweden, "q1a_which", JSON.readTree("{\"selected\": [\"email\"]}"), 0);
        answers.save(sweden, "q7_requests", JSON.readTree("{\"y2022\": {\"secure\": true}}"), 0);
        answers.save(sweden, "q8_authorities", JSON.readTree("[{\"name\": \"Polisen\", \"kind\": \"police\"}]"), 0);
        SignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFrenchWorkbookHasFrenchSheetsHeadingsStatusesAndStates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, Language.FR)))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Réponses", "Statuts", "Questionnaire");
            Sheet answersSheet = workbook.getSheet("Réponses");
            assertThat(cells(answersSheet.getRow(1)).subList(0, 6)).containsExactly("État", "Code ISO",
                    "Groupe régional", "Campagne", "Statut", "Achèvement %");
            assertThat(cells(answersSheet.getRow(2)).subList(0, 6)).as("the keys stay")
                    .containsExactly("country", "iso3", "group", "campaign", "status", "completion");
            assertThat(cells(row(answersSheet, "SWE")).subList(0, 5)).containsExactly("Suède", "SWE",
                    "États d'Europe occidentale et autres États", "TIC 2027", "En cours");
            assertThat(cells(row(answersSheet, "EGY"))).contains("Égypte", "Non commencé");

            Sheet statuses = workbook.getSheet("Statuts");
            assertThat(cells(statuses.getRow(0))).containsExactly("État", "Code ISO", "Groupe régional", "Campagne",
                    "Statut", "Date limite", "Motif du retrait");
            Sheet questionnaire = workbook.getSheet("Questionnaire");
            assertThat(cells(questionnaire.getRow(0))).containsExactly("Clé", "Numéro", "Type", "Texte", "Obligatoire");
            assertThat(cells(questionnaire.getRow(2)))
                    .as("translated, kind and required too")
                    .containsExactly("q1_used", "1", "Oui / Non", "Utilisez-vous les TIC ?", "Oui");
            assertThat(cells(questionnaire.getRow(4)).subList(3, 5)).as("untranslated: English; not required")
                    .containsExactly("Which tool matters most?", "Non");
        }
    }

    @Test
    void anArabicCsvKeepsItsKeysAndWordsStatesAndStatusesInArabic() {
        String csv = new String(export(ExportFormat.CSV, Language.AR), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("country,iso3,group,campaign,status,completion,");
        assertThat(csv).contains("السويد,SWE,", ",قيد الإعداد,", "مصر,EGY,", ",لم يبدأ,");
    }

    @Test
    void englishIsTheWorkingLanguageWhenNoneIsGiven() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.XLSX, out, rows -> { });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(cells(workbook.getSheet("Answers").getRow(1)).subList(0, 2)).containsExactly("State", "ISO code");
            assertThat(cells(row(workbook.getSheet("Answers"), "SWE")).get(0)).isEqualTo("Sweden");
        }
    }

    @Test
    void theAnswersCellsAndTheirHeadingsAreWordedInFrench() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, Language.FR)))) {
            Sheet sheet = workbook.getSheet("Réponses");
            List<String> headings = cells(sheet.getRow(1));
            List<String> keys = cells(sheet.getRow(2));
            List<String> sweden = cells(row(sheet, "SWE"));

            assertThat(headings.get(keys.indexOf("q1_used"))).isEqualTo("Utilisez-vous les TIC ?");
            assertThat(sweden.get(keys.indexOf("q1_used"))).isEqualTo("Oui");
            assertThat(sweden.get(keys.indexOf("q1a_which.email"))).as("an option chosen").isEqualTo("Oui");
            assertThat(sweden.get(keys.indexOf("q7_requests.y2022.secure"))).as("a ticked cell").isEqualTo("✓");
            assertThat(headings.get(keys.indexOf("q8_authorities.rows"))).isEqualTo("Authorities: nombre de lignes");
            assertThat(headings.get(keys.indexOf("q8_authorities.1.kind"))).isEqualTo("Authorities: ligne 1 / Kind");
            assertThat(sweden.get(keys.indexOf("q8_authorities.1.kind"))).as("no French label: English")
                    .isEqualTo("Police");
        }
        String english = new String(export(ExportFormat.CSV, Language.EN), StandardCharsets.UTF_8);
        assertThat(english).as("English as before").contains("Sweden,SWE,Western European and other States,TIC 2027,"
                + "In progress,100,Yes,Yes,");
    }

    private byte[] export(ExportFormat format, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(campaign), format, language, out, rows -> { });
        return out.toByteArray();
    }

    private static Row row(Sheet sheet, String iso3) {
        for (Row row : sheet) {
            if (row.getRowNum() > 2 && cells(row).size() > 1 && cells(row).get(1).equals(iso3)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + iso3);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }
}

package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.WorkbookTranslator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The translation round trip through a workbook, for translators who work in a spreadsheet: the draft's texts
 * exported for Russian, one row each with only the translation cells open, typed in, checked and applied like
 * an XLIFF file; and every workbook that must not be applied refused with its reason, nothing changed.
 */
@ConsoleTest
class TranslationWorkbookTest {

    @Autowired
    TemplateService templates;
    @Autowired
    TranslationService translations;
    @Autowired
    ConsoleOidcUserService users;

    private TemplateVersion draft;

    @BeforeEach
    void aDraftOfEveryKind() {
        SignIn.as(users, "secretariat");
        draft = TemplateFixtures.draftOfEveryKind(templates, "TW");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTranslatorsRussianWorkbookIsPreviewedAndAppliedInOneStep() throws Exception {
        byte[] exported = russianWorkbook();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var sheet = book.getSheet("Translation");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Русский");
            assertThat(sheet.isColumnHidden(0)).as("the text ids").isTrue();
            assertThat(sheet.getProtect()).as("the sheet is protected").isTrue();
            var row = WorkbookTranslator.rowOf(sheet, "Do you use <b>ICT</b>?");
            assertThat(row.getCell(1).getStringCellValue()).contains("Formatted text: keep its tags");
            assertThat(row.getCell(2).getCellStyle().getLocked()).as("the English").isTrue();
            assertThat(row.getCell(3).getCellStyle().getLocked()).as("the translation").isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(translations.missing(draft.id(), Language.RU).size());
        }

        TranslationPreview preview = translations.preview(draft.id(),
                WorkbookTranslator.translate(exported, english -> "RU " + english));

        assertThat(preview.language()).isEqualTo(Language.RU);
        assertThat(preview.changes()).hasSize(translations.missing(draft.id(), Language.RU).size())
                .anySatisfy(change -> assertThat(change.after()).isEqualTo("RU Do you use <b>ICT</b>?"));
        translations.apply(preview);
        assertThat(translations.completeness(draft.id())).filteredOn(s -> s.language() == Language.RU)
                .singleElement().satisfies(ru -> assertThat(ru.complete()).isTrue());
        assertThat(templates.version(draft.id()).definition().title().in(Language.RU)).startsWith("RU ");
    }

    @Test
    void aChangedEnglishTextIsOutdatedAndNumbersAreTakenAsTyped() throws Exception {
        byte[] edited = WorkbookTranslator.edit(WorkbookTranslator.translate(russianWorkbook(), english -> ""),
                book -> {
                    var sheet = book.getSheet("Translation");
                    var cases = WorkbookTranslator.rowOf(sheet, "cases");
                    cases.getCell(2).setCellValue("Cases");
                    cases.getCell(3).setCellValue("дела");
                    WorkbookTranslator.rowOf(sheet, "2022").getCell(3).setCellValue(2022);
                });

        TranslationPreview preview = translations.preview(draft.id(), edited);

        assertThat(preview.outdated()).singleElement().satisfies(change -> assertThat(change.after()).isEqualTo("дела"));
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.english()).isEqualTo("2022");
            assertThat(change.after()).isEqualTo("2022");
        });
    }

    @Test
    void formulasDuplicatesUnknownTextsAndForeignWorkbooksAreRefusedNothingChanged() throws Exception {
        byte[] exported = russianWorkbook();

        byte[] formula = WorkbookTranslator.edit(exported, book -> WorkbookTranslator.rowOf(book.getSheet(
                "Translation"), "Name of the authority").getCell(3).setCellFormula("C2"));
        assertThatThrownBy(() -> translations.preview(draft.id(), formula))
                .hasMessageMatching("Cell D\\d+ \\(text .*\\) holds a formula: write the translation as text\\..*");

        byte[] doubled = WorkbookTranslator.edit(exported, book -> {
            var sheet = book.getSheet("Translation");
            var copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int column = 0; column < 4; column++) {
                copy.createCell(column).setCellValue(sheet.getRow(1).getCell(column).getStringCellValue());
            }
            sheet.getRow(2).getCell(0).setCellValue("sections.s9.title");
        });
        assertThatThrownBy(() -> translations.preview(draft.id(), doubled)).isInstanceOf(TemplateException.class)
                .satisfies(e -> assertThat(((TemplateException) e).problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.startsWith("Row 3 (sections.s9.title)") && p.contains("no such text"))
                        .anyMatch(p -> p.contains("(title)") && p.contains("in the file more than once")));

        byte[] macros = WorkbookTranslator.edit(exported, book -> book.setWorkbookType(XSSFWorkbookType.XLSM));
        assertThatThrownBy(() -> translations.preview(draft.id(), macros)).hasMessageContaining("contains macros");
        assertThatThrownBy(() -> translations.preview(draft.id(), plainWorkbook()))
                .hasMessageContaining("was not exported by this console for translation");
        assertThatThrownBy(() -> translations.preview(draft.id(), zipOfText()))
                .hasMessage("The file is not an Excel workbook (.xlsx) that can be read.");
        TemplateVersion other = templates.create("TW-" + UUID.randomUUID().toString().substring(0, 8), "Other");
        assertThatThrownBy(() -> translations.preview(other.id(), exported))
                .hasMessageContaining("holds the texts of the questionnaire " + draft.code());
        assertThat(templates.version(draft.id()).revision()).isEqualTo(draft.revision());
    }

    private byte[] russianWorkbook() {
        return translations.export(draft.id(), Language.RU, TranslationFormat.XLSX);
    }

    private static byte[] plainWorkbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Translation").createRow(0).createCell(0).setCellValue("Text id");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipOfText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}

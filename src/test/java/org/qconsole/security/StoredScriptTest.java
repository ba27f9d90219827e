package org.qconsole.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.export.PdfService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and formulas a country typed into every free-text answer, shown to everyone who reads the
 * response: in the PDF, the CSV and XLSX exports, the history, and the pages of the secretariat and
 * managers. Everywhere they are text: never an element, never a formula, never a PDF action.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredScriptTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    PdfService pdfs;
    @Autowired
    ExportService exports;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    ConsoleOidcUserService users;

    HostileResponse scene;

    @BeforeAll
    void swedenAnsweredWithScriptEverywhere() {
        scene = HostileResponse.create(templates, assignments, answers, workflow, users);
    }

    static Stream<Arguments> answerInEveryFile() {
        List<Arguments> cases = new ArrayList<>();
        for (String surface : List.of("response PDF", "CSV export", "XLSX export", "response history")) {
            HostileResponse.ANSWERS.keySet().forEach(key -> cases.add(Arguments.of(surface, key)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} answer in the {0}")
    @MethodSource("answerInEveryFile")
    void aScriptAnswerIsPlainTextInEveryFile(String surface, String key) throws IOException {
        SignIn.as(users, "secretariat");
        String typed = HostileResponse.shown(key);
        switch (surface) {
            case "response PDF" -> {
                PdfText pdf = PdfText.of(pdfs.response(scene.sweden, Language.EN));
                assertThat(pdf.activeContent()).as("actions in the PDF").isEmpty();
                assertThat(pdf.text()).as("the answer printed as text").contains(PdfText.words(typed));
            }
            case "CSV export" -> assertThat(csvCell(key)).isEqualTo(neutralized(typed));
            case "XLSX export" -> {
                var cell = xlsxAnswers().cell(key);
                assertThat(cell.getCellType()).as("a text cell, not a formula").isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(neutralized(typed));
            }
            default -> assertThat(histories.history(scene.sweden, Language.EN).entries()).extracting(HistoryEntry::after)
                    .anySatisfy(after -> assertThat(after).contains(typed));
        }
    }

    static Stream<Arguments> answerOnEveryPage() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : List.of("secretariat's response page", "manager's response page", "compilation",
                "history page")) {
            HostileResponse.ANSWERS.keySet().stream()
                    .filter(key -> !(page.equals("compilation") && key.startsWith("s_contact")))
                    .forEach(key -> cases.add(Arguments.of(page, key)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} answer on the {0}")
    @MethodSource("answerOnEveryPage")
    void aScriptAnswerIsTextOnEveryPage(String page, String key) {
        switch (page) {
            case "secretariat's response page" -> openSectionOf(key, "secretariat");
            case "manager's response page" -> openSectionOf(key, "manager");
            case "history page" -> open("secretariat", "response-history", scene.sweden);
            default -> {
                open("manager", "compilation", scene.campaign);
                @SuppressWarnings("unchecked")
                Select<Question> question = _get(Select.class, s -> s.withId("compilation-question"));
                _setValue(question, question.getListDataView().getItems()
                        .filter(q -> q.key().equals(key.split("\\.")[0])).findFirst().orElseThrow());
            }
        }
        RenderedMarkup rendered = RenderedMarkup.ofCurrentUi();
        assertThat(rendered.active).as("elements or attributes that would run script").isEmpty();
        assertThat(rendered.text()).as("the answer shown as text").contains(HostileResponse.shown(key));
    }

    static Stream<Arguments> designerTextEverywhere() {
        List<Arguments> cases = new ArrayList<>();
        for (String surface : List.of("stored version", "blank PDF", "country's response page")) {
            HostileResponse.DESIGNER_TEXTS.keySet().forEach(where -> cases.add(Arguments.of(surface, where)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in the {0}")
    @MethodSource("designerTextEverywhere")
    void markupInADesignerTextNeverBecomesActive(String surface, String where) throws IOException {
        String visible = DesignerText.visibleWords(where);
        switch (surface) {
            case "stored version" -> {
                SignIn.as(users, "secretariat");
                String stored = DesignerText.in(templates.publishedDefinition(scene.version), where);
                if (DesignerText.isRich(where)) {
                    assertThat(RenderedMarkup.hasActiveMarkup(stored)).as("sanitized when saved: " + stored).isFalse();
                } else {
                    assertThat(stored).as("plain text is kept as typed, shown as text").isEqualTo(
                            HostileResponse.DESIGNER_TEXTS.get(where));
                }
                assertThat(stored).contains(visible);
            }
            case "blank PDF" -> {
                SignIn.as(users, "manager");
                PdfText pdf = PdfText.of(pdfs.blank(scene.version, Language.EN));
                assertThat(pdf.activeContent()).as("actions in the PDF").isEmpty();
                assertThat(pdf.text()).contains(visible);
            }
            default -> {
                open("swe.focal", "response", scene.sweden);
                RenderedMarkup rendered = RenderedMarkup.ofCurrentUi();
                assertThat(rendered.active).as("elements or attributes that would run script").isEmpty();
                assertThat(rendered.text()).contains(visible);
            }
        }
    }

    static Stream<String> reviewTexts() {
        return Stream.of("comment in the PDF", "comment on the history page", "withdrawal reason in the XLSX",
                "questionnaire sheet of the XLSX");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewTexts")
    void theSecretariatsOwnTextsAreTextToo(String where) throws IOException {
        switch (where) {
            case "comment in the PDF" -> {
                SignIn.as(users, "swe.focal");
                PdfText pdf = PdfText.of(pdfs.response(scene.sweden, Language.EN));
                assertThat(pdf.activeContent()).isEmpty();
                assertThat(pdf.text()).contains(PdfText.words(HostileResponse.COMMENT));
            }
            case "comment on the history page" -> {
                open("swe.focal", "response-history", scene.sweden);
                RenderedMarkup rendered = RenderedMarkup.ofCurrentUi();
                assertThat(rendered.active).isEmpty();
                assertThat(rendered.text()).contains(HostileResponse.COMMENT);
            }
            case "withdrawal reason in the XLSX" -> {
                SignIn.as(users, "secretariat");
                Sheet statuses = xlsx().getSheet("Statuses");
                assertThat(cellsOf(statuses)).contains("'" + HostileResponse.WITHDRAWN)
                        .doesNotContain(HostileResponse.WITHDRAWN);
            }
            default -> {
                SignIn.as(users, "secretariat");
                Sheet questionnaire = xlsx().getSheet("Questionnaire");
                assertThat(cellsOf(questionnaire)).contains("'=1+1 How many?").doesNotContain("=1+1 How many?");
                assertThat(cellsOf(xlsx().getSheet("Answers"))).noneMatch(StoredScriptTest::startsLikeAFormula);
            }
        }
    }

    /** The inspection itself: it would see script if a page rendered some. */
    @org.junit.jupiter.api.Test
    void theInspectionFindsActiveMarkupWhereThereIsSome() {
        signInAs("secretariat");
        com.vaadin.flow.component.html.Span span = new com.vaadin.flow.component.html.Span("Click");
        span.getElement().setAttribute("onclick", "alert(1)");
        UI.getCurrent().add(new com.vaadin.flow.component.Html("<div><img src=x onerror=alert(1)></div>"), span);

        assertThat(RenderedMarkup.ofCurrentUi().active).hasSize(2);
    }

    /** The response page shows one section at a time: the one holding the answer. */
    private void openSectionOf(String key, String user) {
        signInAs(user);
        UI.getCurrent().navigate("response/" + scene.sweden,
                com.vaadin.flow.router.QueryParameters.of("section", key.split("\\.")[0]));
    }

    private void open(String user, String route, long id) {
        signInAs(user);
        UI.getCurrent().navigate(route + "/" + id);
    }

    static String neutralized(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private String csvCell(String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(scene.campaign), ExportFormat.CSV, out, n -> { });
        List<List<String>> records = Csv.parse(out.toString(StandardCharsets.UTF_8));
        int column = records.get(0).indexOf(key);
        assertThat(column).as("a column " + key).isNotNegative();
        return records.stream().filter(r -> r.get(1).equals("SWE")).findFirst().orElseThrow().get(column);
    }

    private XSSFWorkbook xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(scene.campaign), ExportFormat.XLSX, out, n -> { });
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    private AnswersSheet xlsxAnswers() throws IOException {
        return new AnswersSheet(xlsx().getSheet("Answers"));
    }

    /** The XLSX "Answers" sheet: keys in the third row, Sweden's answers in its row. */
    private record AnswersSheet(Sheet sheet) {
        org.apache.poi.ss.usermodel.Cell cell(String key) {
            Row keys = sheet.getRow(2);
            int column = -1;
            for (var cell : keys) {
                if (cell.getStringCellValue().equals(key)) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).as("a column " + key).isNotNegative();
            for (Row row : sheet) {
                if (row.getCell(1) != null && "SWE".equals(row.getCell(1).getStringCellValue())) {
                    return row.getCell(column);
                }
            }
            throw new AssertionError("No row for Sweden");
        }
    }

    private static List<String> cellsOf(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            assertThat(cell.getCellType()).as("no formula in " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
                cells.add(cell.getStringCellValue());
            }
        }));
        return cells;
    }

    /** The text PDFBox extracts from a PDF, and whatever in it could act: JavaScript, launch or script links. */
    record PdfText(String text, List<String> activeContent) {

        static PdfText of(byte[] bytes) throws IOException {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String text = words(new PDFTextStripper().getText(pdf));
                return new PdfText(text, PdfActions.find(pdf));
            }
        }

        /** Whitespace collapsed, as text wraps differently in print. */
        static String words(String text) {
            return text.replaceAll("\\s+", " ").trim();
        }

        @Override
        public String text() {
            return text;
        }
    }
}

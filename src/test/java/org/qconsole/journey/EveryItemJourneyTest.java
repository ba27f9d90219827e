package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.Downloaded;
import org.qconsole.support.TestFiles;

/**
 * The closing journey of what real questionnaires ask for: the secretariat designs, in the designer, a
 * questionnaire using every item (a shared option list with values as the source writes them, a footnote in a
 * section title, a numbered heading with lettered sub-questions, a box on an option, supporting documents,
 * documents and links, exclusive options with number boxes that must total 100, "not" and "any answer except"
 * conditions and conditions on a document, a grid cell and a table column, a comparison with another answer,
 * an e-mail format, a grid with row and column groups, typed and required cells and totals, a table with a
 * total, and a repeating group), publishes it and sends it; Sweden's focal point fills it in with uploaded
 * PDFs and three projects and submits; the secretariat finds it in the dashboard, the compilation, the XLSX,
 * the response's PDF and the documents ZIP.
 */
class EveryItemJourneyTest extends BrowserJourney {

    private final String code = "ALL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String campaign = "Every item " + code;

    @Test
    void aQuestionnaireWithEveryItemIsDesignedAnsweredAndReadBack() throws IOException {
        signIn("secretariat");
        designEveryItem();
        publishAndSendToWesternEurope();
        click("logout");
        waitUntilOnKeycloakLogin();

        signIn("swe.focal");
        answerAsSweden();
        click("logout");
        waitUntilOnKeycloakLogin();

        signIn("secretariat");
        readBackAsTheSecretariat();
    }

    private void designEveryItem() {
        designNewTemplate(code, "National report using every item");
        click("designer-details");
        type("details-option-lists", "sectors:\nAGRICULTURE = Agriculture\n1+ SECTORS = One sector or more\n"
                + "none = No sector");

        click("designer-add-section");
        type("section-number", "I");
        type("section-title-en", "Legislation<sup>1</sup>");
        type("section-footnotes", "1 | As in force on 1 January 2027.");
        designDocumentsAndBoxes();
        designHeadingWithSubQuestions();
        designChecks();
        designGridAndTable();
        designRepeatingGroup();
        waitUntil(ExpectedConditions.textToBe(By.id("designer-status"), "All changes saved"));
        assertThat(browser.findElements(By.id("problems-list"))).as("no problem to fix before publishing")
                .noneMatch(WebElement::isDisplayed);
        screenshot("designer-every-item");
    }

    private void designDocumentsAndBoxes() {
        question("q1_law", "1", "Has your country adopted a law on the matter?", "Single choice");
        type("answer-options", "yes = Yes\npartly = Yes, to some extent\nno = No");
        tick("answer-specify", "Yes, to some extent");
        tick("answer-specify-required", "Yes, to some extent");
        tick("item-required");
        tick("item-supporting-documents");
        type("item-supporting-documents-max", "3");

        question("q2_texts", "2", "Please attach the relevant legislation.", "Documents");
        type("answer-max-files", "5");
        showWhen("visible", "1 Has your country", "is any answer except");
        pick("visible-values-0", "No");

        question("q3_links", "3", "Where is it published?", "Links");
        type("answer-max-links", "3");
        showWhen("visible", "2 Please attach", "is answered");
    }

    private void designHeadingWithSubQuestions() {
        click("designer-add-text");
        type("item-text-en", "Regarding the sectors:");
        type("item-number", "4");
        click("designer-add-subquestion");
        item("q4a_sectors", "(a)", "Which sectors are covered?", "Multiple choice");
        choose("answer-option-list", "Shared list sectors");

        clickOutline("Regarding the sectors");
        click("designer-add-subquestion");
        item("q4b_shares", "(b)", "Share of cases by channel", "Multiple choice");
        type("answer-options", "mail = Mail\nonline = Online\nnone = None of these");
        tick("answer-exclusive", "None of these");
        tick("answer-specify", "Mail");
        tick("answer-specify", "Online");
        tick("answer-specify-number", "Mail");
        tick("answer-specify-number", "Online");
        type("answer-unit", "%");
        type("answer-total", "100");
        showWhen("visible", "(a) Which sectors", "is none of");
        pick("visible-values-0", "No sector");
        clickOutline("Regarding the sectors");
    }

    private void designChecks() {
        question("q5_total", "5", "Number of requests received", "Number");
        tick("answer-integer");
        type("answer-min", "0");
        question("q6_granted", "6", "Of which granted", "Number");
        tick("answer-integer");
        type("answer-compare-question", "q5_total");
        choose("answer-compare-operator", "at most");
        type("answer-compare-message-en", "Cannot be more than the requests received.");
        question("q7_contact", "7", "Contact e-mail", "Short text");
        choose("answer-format", "E-mail address");
    }

    private void designGridAndTable() {
        question("q8_herds", "8", "Herds and crops", "Grid");
        type("answer-rows", "# Livestock\ncattle = Cattle\npigs = Pigs\n# Crops\nwheat = Wheat");
        type("answer-columns", "# Farmers\nmen = Men : number : total whole 0..\nwomen = Women : number : total\n#\n"
                + "extent = Extent : choice : @sectors\nsince = Since : date\nchecked = Checked : yesno*");
        tick("answer-row-totals");

        question("q9_cattle", "9", "Why in one sector or more?", "Long text");
        showWhen("visible", "8 Herds", null);
        choose("visible-row-0", "Cattle");
        choose("visible-column-0", "Extent");
        pick("visible-values-0", "One sector or more");

        question("q10_bodies", "10", "Authorities involved", "Table");
        type("answer-columns", "name = Name : text* : 200\nstaff = Staff : number : total");
        type("answer-max-rows", "5");

        question("q11_large", "11", "How is the largest one organised?", "Short text");
        showWhen("visible", "10 Authorities", null);
        choose("visible-column-0", "Staff");
        choose("visible-test-0", "≥");
        type("visible-number-0", "10");
    }

    private void designRepeatingGroup() {
        question("q12_projects", "12", "For each project, give its title, budget and status.", "Repeating group");
        tick("item-required");
        type("answer-item-label", "Project");
        type("answer-min-items", "1");
        type("answer-max-items", "5");
        type("answer-group-0-key", "title");
        type("answer-group-0-text", "Title");
        tick("answer-group-0-required");
        repeatedQuestion(1, "budget", "Budget", "Number");
        type("answer-group-1-answer-unit", "USD");
        repeatedQuestion(2, "done", "Completed?", "Yes / No");
        repeatedQuestion(3, "ended", "Completed on", "Date");
        tick("answer-group-3-required");
        showWhen("answer-group-3-visible", "Completed?", "is Yes");
    }

    private void publishAndSendToWesternEurope() {
        publishFromTheDesigner(code);
        newCampaignForWesternEurope(code + " v1", campaign, 30);
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), campaign));
    }

    private void answerAsSweden() throws IOException {
        browser.get(CONSOLE + "/inbox");
        clickRowOf("//vaadin-grid-cell-content[normalize-space(.)='" + campaign + "']");
        waitForText("response-facts", "Sweden \\(SWE\\) .*");
        assertThat(waitUntil(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//h3[contains(., 'Legislation')]/sup"))).getText()).as("the footnote marker").isEqualTo("1");

        hidden("answer-q2_texts");
        radio("answer-q1_law", "Yes, to some extent");
        type("answer-q1_law-specify-partly", "in two ministries");
        upload("answer-q1_law:documents", pdf("decree.pdf"));
        waitForText("answer-q1_law:documents-download-1", "decree\\.pdf");
        hidden("answer-q3_links");
        upload("answer-q2_texts", pdf("act.pdf"));
        waitForText("answer-q2_texts-download-1", "act\\.pdf");
        type("answer-q3_links-0-url", "https://www.riksdagen.se/sfs");
        type("answer-q3_links-0-title", "Swedish Code of Statutes");

        tick("answer-q4a_sectors", "Agriculture");
        tick("answer-q4a_sectors", "One sector or more");
        answerShares();
        answerChecks();
        answerGridAndTable();
        answerProjects();

        waitForText("response-status", "All answers saved");
        waitForText("response-progress", "100% complete.*");
        screenshot("fill-in-every-item");
        click("response-submit");
        waitForText("response-status", "Read only");
    }

    private void answerShares() {
        tick("answer-q4b_shares", "Mail");
        tick("answer-q4b_shares", "None of these");
        assertThat(checked("answer-q4b_shares", "Mail")).as("an exclusive option stands alone").isFalse();
        tick("answer-q4b_shares", "Mail");
        assertThat(checked("answer-q4b_shares", "None of these")).as("and is cleared by another").isFalse();
        tick("answer-q4b_shares", "Online");
        type("answer-q4b_shares-specify-mail", "40");
        type("answer-q4b_shares-specify-online", "50");
        waitForText("error-q4b_shares", ".*they total 90\\..*");
        type("answer-q4b_shares-specify-online", "60");
        gone("error-q4b_shares");
    }

    private void answerChecks() {
        type("answer-q5_total", "120");
        type("answer-q6_granted", "130");
        waitForText("error-q6_granted", ".*Cannot be more than the requests received\\..*");
        type("answer-q6_granted", "100");
        type("answer-q7_contact", "mla at justice.se");
        waitForText("error-q7_contact", "Enter an e-mail address.*");
        type("answer-q7_contact", "mla@justice.se");
        gone("error-q7_contact");
    }

    private void answerGridAndTable() {
        String herds = "answer-q8_herds";
        hidden("answer-q9_cattle");
        type(herds + "-cattle-men", "3");
        type(herds + "-cattle-women", "4");
        choose(herds + "-cattle-extent", "One sector or more");
        choose(herds + "-cattle-checked", "Yes");
        type(herds + "-pigs-men", "1");
        choose(herds + "-pigs-checked", "No");
        typeDate(herds + "-wheat-since", "2020-01-01");
        choose(herds + "-wheat-checked", "Yes");
        waitForText(herds + "-total-men", ".*4.*");
        waitForText(herds + "-cattle-total", ".*7.*");
        type("answer-q9_cattle", "Cattle are kept in several regions.");

        hidden("answer-q11_large");
        type("answer-q10_bodies-0-name", "Prosecution Authority");
        type("answer-q10_bodies-0-staff", "12");
        click("answer-q10_bodies-add");
        type("answer-q10_bodies-1-name", "Police");
        type("answer-q10_bodies-1-staff", "3");
        waitForText("answer-q10_bodies-total-staff", ".*15.*");
        type("answer-q11_large", "In regional offices.");
    }

    private void answerProjects() {
        String group = "answer-q12_projects";
        type(group + "-0-title", "Water");
        type(group + "-0-budget", "1200.5");
        radio(group + "-0-done", "No");
        click(group + "-add");
        type(group + "-1-title", "Roads");
        hidden(group + "-1-ended");
        radio(group + "-1-done", "Yes");
        typeDate(group + "-1-ended", "2025-06-30");
        click(group + "-add");
        type(group + "-2-title", "Schools");
        radio(group + "-2-done", "No");
    }

    private void readBackAsTheSecretariat() throws IOException {
        browser.get(CONSOLE + "/dashboards");
        type("overview-search", campaign);
        clickRowOf("//vaadin-grid-cell-content[normalize-space(.)='" + campaign + "']");
        waitUntil(ExpectedConditions.textToBe(By.id("dashboard-heading"), campaign));
        waitForText("status-count-submitted", "Submitted: 1");

        click("export-xlsx");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        click("export-download");
        Path xlsx = waitForDownload(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> keys = new ArrayList<>();
            workbook.getSheet("Answers").getRow(2).forEach(cell -> keys.add(cell.getStringCellValue()));
            assertThat(keys).contains("q1_law.partly.specify", "q1_law:documents", "q4b_shares.mail.specify",
                    "q8_herds.total:men", "q8_herds.cattle:total", "q10_bodies.total:staff", "q12_projects.3.title");
            List<String> projects = new ArrayList<>();
            for (Row row : workbook.getSheet("Group q12_projects")) {
                DataFormatter cells = new DataFormatter();
                projects.add(cells.formatCellValue(row.getCell(1)) + " " + cells.formatCellValue(row.getCell(3))
                        + " " + cells.formatCellValue(row.getCell(4)));
            }
            assertThat(projects).containsExactly("ISO code Repetition Title", "SWE 1 Water", "SWE 2 Roads",
                    "SWE 3 Schools");
        }

        click("dashboard-documents");
        assertThat(Downloaded.zipEntries(waitForDownload(".zip"))).containsOnlyKeys(
                "Sweden (SWE)/1 q1_law_documents/decree.pdf", "Sweden (SWE)/2 q2_texts/act.pdf");

        assertThat(compilationCsv("12 ")).contains("Sweden,SWE,Western European and other States,Submitted,")
                .contains("Project 1: Title: Water", "Project 3: Title: Schools");

        browser.navigate().back();
        waitUntil(ExpectedConditions.textToBe(By.id("dashboard-heading"), campaign));
        clickRowOf("//vaadin-grid[@id='country-grid']//vaadin-grid-cell-content[normalize-space(.)='Sweden (SWE)']");
        waitForText("response-status", "Read only");
        click("response-pdf");
        assertThat(Downloaded.pdfText(waitForDownload("response-SWE.pdf")))
                .contains("Yes, to some extent (in two ministries)", "decree.pdf", "One sector or more",
                        "Project 2: Title: Roads", "In regional offices.");
    }

    private void question(String key, String number, String text, String kind) {
        click("designer-add-question");
        item(key, number, text, kind);
    }

    private void item(String key, String number, String text, String kind) {
        type("item-key", key);
        type("item-number", number);
        type("item-text-en", text);
        choose("answer-kind", kind);
    }

    private void repeatedQuestion(int index, String key, String text, String kind) {
        click("answer-group-add");
        String prefix = "answer-group-" + index + "-";
        type(prefix + "key", key);
        type(prefix + "text", text);
        choose(prefix + "answer-kind", kind);
    }

    /** Turns a condition on and sets its first rule's question (by the start of its label) and test. */
    private void showWhen(String prefix, String questionLabel, String test) {
        tick(prefix + "-on");
        chooseStartingWith(prefix + "-question-0", questionLabel);
        if (test != null) {
            choose(prefix + "-test-0", test);
        }
    }

    private void clickOutline(String text) {
        clickXpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + text + "')]");
    }

    private void hidden(String id) {
        assertThat(browser.findElements(By.id(id))).as(id + " is hidden until its condition holds")
                .noneMatch(WebElement::isDisplayed);
    }

    private void gone(String id) {
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    private boolean checked(String groupId, String label) {
        return browser.findElement(By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[normalize-space(.)='"
                + label + "']")).getDomAttribute("checked") != null;
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.write(file, TestFiles.pdf("Text of " + name));
        return file;
    }
}

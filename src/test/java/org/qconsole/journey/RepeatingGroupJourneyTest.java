package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A focal point reports three projects in a repeating group in a real browser (a follow-up shown only in
 * the repetition whose status asks for it, one repetition moved up), submits, and a manager finds one row per
 * project on the XLSX export's sheet of the group.
 */
class RepeatingGroupJourneyTest extends BrowserJourney {

    private static final String GROUP = "answer-q1_projects";

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden;
    private long campaign;

    @BeforeEach
    void sendToSweden() throws IOException {
        SignIn.as(users, "secretariat");
        try (InputStream file = getClass().getResourceAsStream("/templates/projects-group.json")) {
            long draft = templates.importFile(file.readAllBytes()).id();
            OneResponse response = OneResponse.sentToSweden(assignments, answers, templates.publish(draft).id(),
                    "Projects journey");
            sweden = response.assignment();
            campaign = response.campaign();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aFocalPointReportsThreeProjectsAndTheManagerGetsARowForEach() throws IOException {
        signIn("swe.focal");
        browser.get(CONSOLE + "/response/" + sweden);
        type(GROUP + "-0-title", "Water supply");
        radio(GROUP + "-0-status", "Completed");
        type(GROUP + "-0-budget", "1200");
        typeDate(GROUP + "-0-ended", "2025-06-30");
        click(GROUP + "-add");
        type(GROUP + "-1-title", "Schools");
        radio(GROUP + "-1-status", "Ongoing");
        assertThat(browser.findElements(By.id(GROUP + "-1-ended"))).as("an ongoing project has no completion date")
                .noneMatch(WebElement::isDisplayed);
        click(GROUP + "-add");
        type(GROUP + "-2-title", "Roads");
        radio(GROUP + "-2-status", "Planned");
        click(GROUP + "-2-up");
        waitForText(GROUP + "-1-title", ".*"); // the cards are renumbered
        waitForText("response-status", "All answers saved");
        assertThat(storedTitles()).containsExactly("Water supply", "Roads", "Schools");
        screenshot("fill-in-repeating-group");

        browser.navigate().refresh();
        waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("#" + GROUP + "-1-title input"), "value", "Roads"));
        waitForText("response-progress", "100% complete.*");
        click("response-submit");
        waitForText("response-status", "Read only");
        click("logout");
        waitUntilOnKeycloakLogin();

        signIn("manager");
        browser.get(CONSOLE + "/dashboard/" + campaign);
        click("export-xlsx");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        click("export-download");
        Path file = waitForDownload(".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet projects = workbook.getSheet("Group q1_projects");
            List<String> rows = new ArrayList<>();
            for (Row row : projects) {
                DataFormatter cells = new DataFormatter();
                rows.add(cells.formatCellValue(row.getCell(1)) + " " + cells.formatCellValue(row.getCell(3)) + " "
                        + cells.formatCellValue(row.getCell(4)) + " " + cells.formatCellValue(row.getCell(6)));
            }
            assertThat(rows).containsExactly("ISO code Repetition Title Status", "SWE 1 Water supply Completed",
                    "SWE 2 Roads Planned", "SWE 3 Schools Ongoing");
        }
    }

    private List<String> storedTitles() {
        SignIn.as(users, "swe.focal");
        try {
            List<String> titles = new ArrayList<>();
            for (JsonNode repetition : answers.open(sweden).answers().get("q1_projects").value()) {
                titles.add(repetition.path("title").asText());
            }
            return titles;
        } finally {
            SignIn.out();
        }
    }
}

package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;

/**
 * A manager follows the demo campaign: the dashboard (its charts drawn by ECharts), the Western European
 * group, Sweden's response, then the XLSX export, which the test opens and reads.
 */
class DashboardJourneyTest extends BrowserJourney {

    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";

    @Test
    void aManagerFiltersDrillsDownAndExports() throws IOException {
        signIn("manager");
        browser.get(CONSOLE + "/dashboards");
        type("overview-search", DEMO);
        waitFor("overview-grid");
        assertAccessible("dashboards overview");
        clickRowOf("//vaadin-grid-cell-content[normalize-space(.)='" + DEMO + "']");
        waitUntil(ExpectedConditions.textToBe(By.id("dashboard-heading"), DEMO));
        waitUntil(ExpectedConditions.attributeToBe(By.id("chart-status"), "data-drawn", "true"));
        assertThat(browser.findElements(By.cssSelector("#chart-status canvas"))).isNotEmpty();

        choose("filter-group", "Western European and other States");
        waitForText("country-count", "\\d+ of 24 States shown");
        String count = browser.findElement(By.id("country-count")).getText();
        assertThat(Integer.parseInt(count.substring(0, count.indexOf(' ')))).isBetween(2, 23);
        screenshot("dashboard-weog");
        assertAccessible("campaign dashboard");
        clickRowOf("//vaadin-grid[@id='country-grid']//vaadin-grid-cell-content[normalize-space(.)='Sweden (SWE)']");
        waitForText("response-status", "Read only");
        waitForText("response-facts", "Sweden \\(SWE\\) .*");

        browser.navigate().back();
        waitUntil(ExpectedConditions.textToBe(By.id("dashboard-heading"), DEMO));
        click("export-xlsx");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        click("export-download");
        Path file = waitForDownload(".xlsx");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet answers = workbook.getSheet("Answers");
            Row keys = answers.getRow(2);
            int column = -1;
            for (var cell : keys) {
                if (cell.getStringCellValue().equals("q3_custom_software")) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).isPositive();
            Row sweden = null;
            for (Row row : answers) {
                if (row.getRowNum() > 2 && "SWE".equals(new DataFormatter().formatCellValue(row.getCell(1)))) {
                    sweden = row;
                }
            }
            assertThat(sweden).isNotNull();
            assertThat(sweden.getCell(column).getStringCellValue())
                    .startsWith("The Swedish Police Authority has a number of self-developed case management IT-systems.");
            assertThat(answers.getLastRowNum()).isEqualTo(2 + 24);
        }
    }
}

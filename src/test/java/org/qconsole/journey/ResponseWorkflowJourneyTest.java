package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;

/**
 * The heart of the console, in a browser: the secretariat sends the ICT questionnaire to the Western
 * European group; a Swedish contributor starts; the focal point completes and submits; the secretariat
 * returns it with a comment on one question; the focal point sees it, fixes the answer and resubmits;
 * the secretariat accepts.
 */
class ResponseWorkflowJourneyTest extends BrowserJourney {

    private final String title = "ICT follow-up " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void fromCampaignToAcceptedResponse() {
        signIn("secretariat");
        waitFor("main-navigation");
        browser.get(CONSOLE + "/campaigns");
        click("campaign-new");
        choose("campaign-version", "ICT-2023 v1");
        type("campaign-title", title);
        type("campaign-deadline", LocalDate.now().plusDays(45).format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        // Inside the dialog's scrolling content the checkbox may sit below the fold: click it directly.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//vaadin-checkbox[normalize-space(.)='Western European and other States']"))));
        settle();
        assertThat(waitFor("campaign-count").getText()).isEqualTo("29 member States selected");
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), title));
        signOut();

        signIn("swe.contributor");
        openFromInbox();
        type("answer-q3_custom_software", "Case management systems of the Police Authority.");
        waitForText("response-status", "All answers saved");
        signOut();

        signIn("swe.focal");
        openFromInbox();
        for (String key : new String[] {"q1_ict_used", "q4_evaluated", "q6_challenges", "q8_globe_member",
            "q8b_threema_registered"}) {
            radio("answer-" + key, "No");
        }
        waitForText("response-status", "All answers saved");
        click("response-submit");
        waitForText("response-status", "Read only");
        signOut();

        signIn("secretariat");
        browser.get(CONSOLE + "/campaigns");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='Sweden (SWE)']");
        click("response-return");
        choose("return-question", "3 If you are using software");
        type("return-comment", "Please say whether you would share the software.");
        click("return-confirm");
        waitForText("response-facts", ".*Returned");
        signOut();

        signIn("swe.focal");
        openFromInbox();
        assertThat(waitFor("review-comments").getText()).contains("Please say whether you would share the software.");
        type("answer-q3_custom_software", "Case management systems of the Police Authority; sharing is under review.");
        waitForText("response-status", "All answers saved");
        click("response-submit");
        waitForText("response-status", "Read only");
        signOut();

        signIn("secretariat");
        browser.get(CONSOLE + "/campaigns");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='Sweden (SWE)']");
        click("response-accept");
        waitForText("response-facts", ".*Accepted");
        screenshot("response-accepted");
    }

    /** Waits for an element's text (also when it is scrolled out of view). */
    private void waitForText(String id, String regex) {
        waitUntil(driver -> {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && String.valueOf(found.get(0).getDomProperty("textContent")).matches(regex);
        });
    }

    private void openFromInbox() {
        waitFor("main-navigation");
        browser.get(CONSOLE + "/inbox");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']");
        waitFor("response-status");
    }

    private void signOut() {
        click("logout");
        waitUntilOnKeycloakLogin();
    }

    private void click(String id) {
        WebElement element = waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
    }

    private void clickXpath(String xpath) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        settle();
    }

    private void type(String id, String text) {
        WebElement input = waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text, Keys.TAB);
        settle();
    }

    private void choose(String id, String labelStart) {
        click(id);
        clickXpath("//vaadin-select-item[@role='option' and starts-with(normalize-space(.), '" + labelStart + "')]");
    }

    private void radio(String groupId, String label) {
        WebElement input = waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']//input")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                input);
        settle();
    }
}

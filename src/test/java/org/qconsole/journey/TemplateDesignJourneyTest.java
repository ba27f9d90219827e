package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;

/**
 * The secretariat designs a questionnaire with every answer kind and a conditional sub-question,
 * previews it, publishes it, makes version 2 with one changed and one new question, and compares.
 */
class TemplateDesignJourneyTest extends BrowserJourney {

    @Test
    void theSecretariatDesignsPublishesAndRevisesAQuestionnaire() {
        signIn("secretariat");
        waitFor("main-navigation");
        String code = "J-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        designNewTemplate(code, "Journey questionnaire");

        click("designer-add-section");
        type("section-title-en", "General");
        question("q1_ict", "Do you use ICT?", "Yes / No");
        click("designer-add-subquestion");
        typeItem("q1a_which", "Which ones?");
        chooseKind("Multiple choice");
        type("answer-options", "email = Email\nvideo = Video");
        click("visible-on");
        choose("visible-question-0", "Do you use ICT?");
        choose("visible-test-0", "is Yes");
        clickOutline("Do you use ICT?");
        question("q2_tool", "Which tool matters most?", "Single choice");
        type("answer-options", "a = Tool A\nb = Tool B");
        translateOption("a", "fr", "Outil A");
        question("q3_name", "Name of the authority", "Short text");
        clickOutline("Which tool matters most?");
        openTexts();
        assertThat(textInput("a", "fr").getAttribute("value")).as("the French label was saved with the draft")
                .isEqualTo("Outil A");
        assertThat(textInput("b", "ar").getCssValue("direction")).as("Arabic is typed right to left").isEqualTo("rtl");
        clickOutline("Name of the authority");
        question("q4_details", "Please elaborate.", "Long text");
        question("q5_cases", "How many cases?", "Number");
        question("q6_since", "Since when?", "Date");
        question("q7_requests", "Requests per year", "Grid");
        type("answer-rows", "y2022 = 2022\ny2023 = 2023");
        type("answer-columns", "sent = Sent : number\nsecure = Secure : checkbox");
        question("q8_authorities", "Authorities", "Table");
        type("answer-columns", "name = Name : text");
        waitUntil(ExpectedConditions.textToBe(By.id("designer-status"), "All changes saved"));
        screenshot("designer");
        assertAccessible("designer");

        // The preview reacts to answers: 1.a only after "Yes".
        WebElement preview = browser.findElement(By.id("designer-preview"));
        assertThat(preview.findElements(By.cssSelector("#q-q1a_which"))).allMatch(e -> !e.isDisplayed());
        radio("answer-q1_ict", "Yes");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("q-q1a_which")));
        radio("answer-q1_ict", "No");
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("q-q1a_which")));

        click("designer-done");
        click("template-publish");
        confirm();
        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), code + " v1 · Published"));

        click("template-new-draft");
        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), code + " v2 · Draft"));
        click("template-edit");
        waitFor("designer-outline");
        clickOutline("Name of the authority");
        type("item-text-en", "Name of the competent authority");
        clickOutline("Authorities");
        question("q9_new", "Anything else?", "Long text");
        waitUntil(ExpectedConditions.textToBe(By.id("designer-status"), "All changes saved"));

        click("designer-done");
        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Compare']")).click();
        choose("compare-with", "v1 · Published");
        assertThat(waitFor("template-diff-summary").getText()).isEqualTo("1 added, 1 changed");
        String diff = waitFor("template-diff-grid").getText();
        assertThat(diff).contains("q3_name", "Name of the competent authority", "q9_new");
        screenshot("template-diff");
        assertAccessible("version comparison");
    }

    /** Opens the question's texts in six languages and types one option's label in one language. */
    private void translateOption(String value, String language, String label) {
        openTexts();
        WebElement input = textInput(value, language);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", input);
        waitUntil(ExpectedConditions.elementToBeClickable(input)).sendKeys(label, org.openqa.selenium.Keys.TAB);
        settle();
        waitUntil(ExpectedConditions.textToBe(By.id("designer-status"), "All changes saved"));
        assertThat(browser.findElement(By.cssSelector("#item-texts vaadin-details-summary")).getText())
                .isEqualTo("Texts in the six languages: 2 texts, 9 translations missing");
        assertAccessible("designer, a question's texts in six languages");
    }

    private void openTexts() {
        WebElement summary = waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#item-texts vaadin-details-summary")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", summary);
        waitUntil(ExpectedConditions.elementToBeClickable(summary)).click();
        settle();
    }

    /** The input of an option's label in one language (its id holds dots, which a CSS selector would misread). */
    private WebElement textInput(String value, String language) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.id("item-texts-answer.options." + value + ".label-" + language))).findElement(By.tagName("input"));
    }

    private void question(String key, String text, String kind) {
        click("designer-add-question");
        typeItem(key, text);
        chooseKind(kind);
    }

    private void typeItem(String key, String text) {
        type("item-key", key);
        type("item-text-en", text);
    }

    private void chooseKind(String kind) {
        choose("answer-kind", kind);
    }







    private void clickOutline(String text) {
        clickXpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + text + "')]");
    }

    private void confirm() {
        waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[@slot='confirm-button']"))).click();
    }
}

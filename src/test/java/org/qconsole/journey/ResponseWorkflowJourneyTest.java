package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        newCampaignForWesternEurope("ICT-2023 v1", title, 45);
        assertThat(waitFor("campaign-count").getText()).isEqualTo("29 member States selected");
        assertAccessible("new campaign dialog");
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), title));
        assertAccessible("campaign page");
        signOut();

        signIn("swe.contributor");
        openFromInbox(title);
        type("answer-q3_custom_software", "Case management systems of the Police Authority.");
        waitForText("response-status", "All answers saved");
        assertAccessible("fill-in page");
        signOut();

        signIn("swe.focal");
        openFromInbox(title);
        radio("answer-q1_ict_used", "No");
        click("section-next"); // the fill-in shows one section at a time: by "next" and by the navigation
        radio("answer-q4_evaluated", "No");
        click("nav-s3_challenges");
        radio("answer-q6_challenges", "No");
        click("section-next");
        radio("answer-q8_globe_member", "No");
        radio("answer-q8b_threema_registered", "No");
        waitForText("response-status", "All answers saved");
        click("response-submit");
        waitForText("response-status", "Read only");
        signOut();

        openSwedenAsSecretariat();
        click("response-return");
        chooseStartingWith("return-question", "3 If you are using software");
        type("return-comment", "Please say whether you would share the software.");
        assertAccessible("return dialog");
        click("return-confirm");
        waitForText("response-facts", ".*Returned");
        signOut();

        signIn("swe.focal");
        openFromInbox(title);
        assertThat(waitFor("review-comments").getText()).contains("Please say whether you would share the software.");
        type("answer-q3_custom_software", "Case management systems of the Police Authority; sharing is under review.");
        waitForText("response-status", "All answers saved");
        click("response-submit");
        waitForText("response-status", "Read only");
        signOut();

        openSwedenAsSecretariat();
        click("response-accept");
        waitForText("response-facts", ".*Accepted");
        screenshot("response-accepted");

        click("response-history-link");
        waitForText("history-heading", "History: .*");
        assertThat(waitFor("history-grid").getText()).contains("Accepted");
        assertAccessible("response history");
    }


    private void openSwedenAsSecretariat() {
        signIn("secretariat");
        browser.get(CONSOLE + "/campaigns");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='Sweden (SWE)']");
    }






}

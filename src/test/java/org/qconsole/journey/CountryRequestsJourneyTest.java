package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.DayWords;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * France's focal point asks for two more weeks; the secretariat grants it on the dashboard and France's deadline
 * moves; later France asks for its accepted response to be reopened, the secretariat refuses, and the response
 * stays accepted. Both sides read the decisions in the browser.
 */
class CountryRequestsJourneyTest extends BrowserJourney {

    private static final String WAITING = "//*[starts-with(@id, 'response-request-')]";

    private final String title = "ICT requests " + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void franceAsksForTwoMoreWeeksAndLaterForAReopeningThatIsRefused() {
        sendIctQuestionnaireToWesternEurope(title, 30);
        LocalDate asked = LocalDate.now().plusDays(44);

        signIn("fra.focal");
        openFromInbox(title);
        click("response-ask-extension");
        typeDate("request-extension-until", asked.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        type("request-extension-reason", "Our parliament is in recess until next month.");
        assertAccessible("request for more time");
        click("request-extension-send");
        waitUntil(ExpectedConditions.textMatches(By.xpath(WAITING), java.util.regex.Pattern.compile(
                "(?s)More time until " + DayWords.day(asked, Language.EN) + ".*Waiting for the secretariat's decision.*")));
        signOut();

        openDashboard();
        waitForText("dashboard-requests-title", "Requests from States \\(1 waiting\\)");
        assertThat(waitFor("dashboard-requests-grid").getText()).contains("France (FRA)",
                "Our parliament is in recess until next month.");
        assertAccessible("dashboard with a request");
        clickXpath("//vaadin-button[starts-with(@id, 'request-grant-')]");
        type("request-grant-comment", "Granted once, as asked.");
        click("request-grant-confirm");
        waitForText("dashboard-requests-title", "Requests from States \\(0 waiting\\)");
        assertThat(waitFor("dashboard-requests-grid").getText()).contains("Granted", "Granted once, as asked.");
        assertThat(france().deadline()).isEqualTo(asked);
        signOut();

        signIn("fra.focal");
        openFromInbox(title);
        assertThat(waitFor("response-facts").getText()).contains(DayWords.day(asked, Language.EN));
        assertThat(waitFor("response-requests").getText()).contains("Granted by secretariat",
                "Comment: Granted once, as asked.");
        submitAndAcceptFrance();
        openFromInbox(title);
        click("response-ask-reopening");
        type("request-reopening-reason", "A figure in question 5 is wrong.");
        click("request-reopening-send");
        waitForText("response-requests", "(?s).*Reopening asked by fra.focal.*Waiting for the secretariat's decision.*");
        signOut();

        openDashboard();
        waitForText("dashboard-requests-title", "Requests from States \\(1 waiting\\)");
        clickXpath("//vaadin-button[starts-with(@id, 'request-refuse-')]");
        type("request-refuse-comment", "The report is already published.");
        click("request-refuse-confirm");
        waitForText("dashboard-requests-title", "Requests from States \\(0 waiting\\)");
        assertThat(waitFor("dashboard-requests-grid").getText()).contains("Refused", "The report is already published.");
        assertThat(france().status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }

    /** What the demo questionnaire requires, answered "no", through the services; then submitted and accepted. */
    private void submitAndAcceptFrance() {
        long id = france().id();
        SignIn.as(users, "fra.focal");
        for (String key : new String[] {"q1_ict_used", "q4_evaluated", "q6_challenges", "q8_globe_member",
                "q8b_threema_registered"}) {
            answers.save(id, key, TextNode.valueOf("no"), 0);
        }
        workflow.submit(id);
        SignIn.as(users, "secretariat");
        workflow.accept(id);
        SignIn.out();
    }

    private Assignment france() {
        SignIn.as(users, "secretariat");
        try {
            long campaign = assignments.campaigns().stream().filter(c -> c.title().equals(title)).findFirst()
                    .orElseThrow().id();
            return assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("FRA"))
                    .findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }

    private void openDashboard() {
        signIn("secretariat");
        browser.get(CONSOLE + "/campaigns");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']");
        click("campaign-dashboard");
        waitFor("dashboard-requests");
    }

}

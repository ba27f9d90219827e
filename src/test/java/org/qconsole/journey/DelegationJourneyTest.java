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
import org.qconsole.response.StoredAnswer;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sweden's focal point gives sections II and III to a colleague listed by the identity provider (who never signed
 * in to the console); the colleague finds them in the inbox, reads section I without being able to change it,
 * answers sections II and III and marks them ready; the focal point sends II back with a comment, the colleague
 * completes it and marks it ready again, with a comment for the focal point on a question; the focal point approves
 * both and submits, approving the rest in one step.
 */
class DelegationJourneyTest extends BrowserJourney {

    private final String title = "ICT delegation " + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void swedensFocalPointGivesSectionsTwoAndThreeToAColleagueReviewsThemAndSubmits() {
        sendIctQuestionnaireToWesternEurope(title, 30);
        LocalDate due = LocalDate.now().plusDays(10);

        signIn("swe.focal");
        openFromInbox(title);
        openCountryWork();
        click("delegation-give-open");
        pick("delegation-colleagues", "Maja Johansson (swe.contributor)");
        tick("delegation-sections", "II. Evaluation and good practices");
        tick("delegation-sections", "III. Challenges");
        typeDate("delegation-due", due.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        type("delegation-message", "Please ask the prosecution service for section III.");
        assertAccessible("giving sections to a colleague");
        click("delegation-give");
        waitForText("response-colleagues", "(?s).*swe\\.contributor: II\\. Evaluation and good practices.*"
                + "swe\\.contributor: III\\. Challenges.*Please ask the prosecution service for section III\\..*");
        signOut();

        signIn("swe.contributor");
        waitFor("main-navigation");
        browser.get(CONSOLE + "/inbox");
        waitForText("inbox-grid", "(?s).*II\\. Evaluation and good practices; III\\. Challenges, by "
                + DayWords.day(due, Language.EN) + ".*");
        openFromInbox(title);
        assertThat(waitFor("section-not-yours").getText()).startsWith("This section is given to colleagues");
        assertThat(waitFor("answer-q1_ict_used").getDomAttribute("readonly")).isNotNull();
        assertThat(waitFor("nav-mine-s2_evaluation").getText()).isEqualTo("yours");
        assertAccessible("a section given to colleagues, read only");
        click("nav-s2_evaluation");
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("section-not-yours")));
        radio("answer-q4_evaluated", "No");
        waitForText("response-status", "All answers saved");
        StoredAnswer saved = answerOfSweden("q4_evaluated");
        assertThat(saved.value().asText()).isEqualTo("no");
        assertThat(saved.updatedBy()).isEqualTo("swe.contributor");
        click("section-ready");
        waitForText("section-review-state", "Ready for review: marked by swe\\.contributor.*");
        click("nav-s3_challenges");
        radio("answer-q6_challenges", "No");
        waitForText("response-status", "All answers saved");
        click("section-ready");
        waitForText("nav-review-s3_challenges", "Ready for review");
        openCountryWork();
        choose("internal-new-question", "Question 4");
        type("internal-new-text", "Should we mention the evaluation the ministry began in 2025?");
        click("internal-new-send");
        waitForText("internal-comments", "(?s).*Question 4.*swe\\.contributor, .*the ministry began in 2025\\?.*");
        assertAccessible("comments between colleagues");
        signOut();

        signIn("swe.focal");
        openFromInbox(title);
        click("nav-s2_evaluation");
        click("section-send-back");
        type("section-send-back-comment", "Please describe one good practice in question 5.");
        assertAccessible("sending a section back");
        click("section-send-back-confirm");
        waitForText("section-review-state", "Sent back by swe\\.focal.*Please describe one good practice.*");
        signOut();

        signIn("swe.contributor");
        openFromInbox(title);
        click("nav-s2_evaluation");
        waitForText("section-review-state", "(?s).*Please describe one good practice.*");
        type("answer-q5_good_practices", "Case files are exchanged through a secure platform.");
        waitForText("response-status", "All answers saved");
        click("section-ready");
        waitForText("section-review-state", "Ready for review.*");
        signOut();

        answerTheRestAsSwedensFocalPoint();
        signIn("swe.focal");
        openFromInbox(title);
        click("nav-s2_evaluation");
        click("section-approve");
        waitForText("nav-review-s2_evaluation", "Approved");
        assertThat(waitFor("answer-q5_good_practices").getDomAttribute("readonly")).isNotNull();
        click("nav-s3_challenges");
        click("section-approve");
        waitForText("nav-review-s3_challenges", "Approved");
        click("response-submit");
        waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[@slot='confirm-button']"))).click();
        waitForText("response-status", "Read only");
        assertThat(sweden().status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    /** Unfolds the work inside the country on the response's page (who has which section, the comments). */
    private void openCountryWork() {
        clickXpath("//vaadin-details[@id='country-work']/vaadin-details-summary");
    }

    /** Sections I and IV, which nobody was given, answered by the focal point (through the services). */
    private void answerTheRestAsSwedensFocalPoint() {
        long id = sweden().id();
        SignIn.as(users, "swe.focal");
        try {
            for (String key : new String[] {"q1_ict_used", "q8_globe_member", "q8b_threema_registered"}) {
                answers.save(id, key, TextNode.valueOf("no"), 0);
            }
        } finally {
            SignIn.out();
        }
    }

    private StoredAnswer answerOfSweden(String key) {
        long id = sweden().id();
        SignIn.as(users, "secretariat");
        try {
            return answers.open(id).answers().get(key);
        } finally {
            SignIn.out();
        }
    }

    private Assignment sweden() {
        SignIn.as(users, "secretariat");
        try {
            long campaign = assignments.campaigns().stream().filter(c -> c.title().equals(title)).findFirst()
                    .orElseThrow().id();
            return assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("SWE"))
                    .findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }
}

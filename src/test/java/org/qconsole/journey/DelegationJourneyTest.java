package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
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
 * in to the console); the colleague finds them in the inbox, reads section I without being able to change it, and
 * answers in section II.
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
    void swedensFocalPointGivesSectionsTwoAndThreeToAColleagueWhoAnswersOnlyThose() {
        sendIctQuestionnaireToWesternEurope(title, 30);
        LocalDate due = LocalDate.now().plusDays(10);

        signIn("swe.focal");
        openFromInbox(title);
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
    }

    private StoredAnswer answerOfSweden(String key) {
        SignIn.as(users, "secretariat");
        try {
            long campaign = assignments.campaigns().stream().filter(c -> c.title().equals(title)).findFirst()
                    .orElseThrow().id();
            Assignment sweden = assignments.assignments(campaign).stream()
                    .filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow();
            return answers.open(sweden.id()).answers().get(key);
        } finally {
            SignIn.out();
        }
    }
}

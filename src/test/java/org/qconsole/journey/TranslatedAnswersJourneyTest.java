package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.answer.TranslatedAnswer;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sweden's focal point answers a free-text question in French and adds an English version beside it; both are
 * saved. The secretariat sees the two side by side on the response, and on the answers side by side switches
 * to the English versions and downloads them.
 */
class TranslatedAnswersJourneyTest extends BrowserJourney {

    private static final String KEY = "q1_system";
    private static final String FIELD = "answer-" + KEY;
    private static final String WRITTEN = "Le système « Lex » enregistre chaque affaire depuis 2019.";
    private static final String ENGLISH = "The Lex system has recorded every case since 2019.";

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        try {
            Question system = new Question(KEY, "1", LocalizedText.en("Describe your case-management system."), null,
                    new AnswerSpec.LongText(2000), true, null, null, List.of(), List.of());
            long version = TemplateFixtures.publish(templates, "TRA", new TemplateDefinition(
                    LocalizedText.en("Case management"), "", LocalizedText.EMPTY, List.of(), List.of(new Section("s1",
                            "I", LocalizedText.en("Systems"), LocalizedText.EMPTY, List.of(), List.of(system), null))))
                    .id();
            sweden = OneResponse.sentToSweden(assignments, answers, version, "Case management");
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aFrenchAnswerWithItsEnglishVersionIsKeptShownAndCompiledInEither() throws Exception {
        signIn("swe.focal");
        browser.get(CONSOLE + "/response/" + sweden.assignment());
        type(FIELD, WRITTEN);
        waitForText("response-status", "All answers saved");
        click(FIELD + "-translate");
        type(FIELD + "-translation", ENGLISH);
        waitForText("response-status", "All answers saved");
        assertAccessible("a free text with its version in English");
        SignIn.as(users, "swe.focal");
        try {
            assertThat(TranslatedAnswer.of(answers.open(sweden.assignment()).answers().get(KEY).value()))
                    .contains(new TranslatedAnswer(WRITTEN, Language.EN, ENGLISH));
        } finally {
            SignIn.out();
        }
        click("logout");
        waitUntilOnKeycloakLogin();

        signIn("secretariat");
        browser.get(CONSOLE + "/response/" + sweden.assignment());
        WebElement version = waitFor(FIELD + "-translation");
        assertThat(version.getDomProperty("value")).isEqualTo(ENGLISH);
        assertThat(version.getDomProperty("readonly")).isEqualTo("true");
        assertThat(waitFor(FIELD).getDomProperty("value")).isEqualTo(WRITTEN);
        var written = waitFor(FIELD).getRect();
        assertThat(version.getRect().getX()).as("side by side").isGreaterThanOrEqualTo(written.getX() + written.getWidth());
        assertThat(browser.findElements(By.id(FIELD + "-translate"))).noneMatch(WebElement::isDisplayed);

        browser.get(CONSOLE + "/compilation/" + sweden.campaign());
        chooseStartingWith("compilation-question", "1 ");
        waitForText("compilation-answers", "(?s).*" + java.util.regex.Pattern.quote(WRITTEN) + ".*");
        choose("compilation-versions", "In the version given beside them, where there is one");
        waitForText("compilation-answers", "(?s).*" + java.util.regex.Pattern.quote(ENGLISH) + ".*");
        waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("compilation-answers"), "Lex » enregistre")));
        click("compilation-download");
        String csv = Files.readString(waitForDownload(".csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Sweden", ENGLISH).doesNotContain("enregistre");
    }
}

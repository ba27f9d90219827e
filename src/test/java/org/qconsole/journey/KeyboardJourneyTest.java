package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A focal point who uses no mouse: signs in, opens the inbox, opens the questionnaire, answers and submits with
 * the keyboard alone (Tab, arrows, Enter and Space), in a real browser.
 */
class KeyboardJourneyTest extends BrowserJourney {

    /** More than any page here has controls before the one a step looks for. */
    private static final int MOST_TABS = 60;

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void aFocalPointAnswersAndSubmitsWithTheKeyboardAlone() {
        String title = sentToJapan();
        browser.get(CONSOLE + "/");
        waitUntilOnKeycloakLogin();
        keys("jpn.focal", Keys.TAB, "jpn.focal", Keys.ENTER);
        waitFor("main-navigation");

        tabTo(element -> element.getText().contains("Inbox"));
        keys(Keys.ENTER);
        waitFor("inbox-grid");
        tabTo(element -> "inbox-grid".equals(element.getAttribute("id"))); // its header first
        keys(Keys.TAB); // then its rows
        for (int row = 0; row < 20 && !focusedCell().contains(title); row++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(focusedCell()).contains(title);
        keys(Keys.ENTER); // into the cell: its link gets the focus
        keys(Keys.ENTER); // follows it
        waitFor("response-status");

        tabTo(element -> "answer-k1_used".equals(closestId(element, "vaadin-radio-group")));
        keys(Keys.SPACE);
        waitForText("response-status", "All answers saved");
        tabTo(element -> "response-submit".equals(element.getAttribute("id")));
        keys(Keys.ENTER);
        waitForText("response-status", "Read only");
        assertThat(waitFor("response-facts").getText()).contains("Submitted");
    }

    /** A questionnaire of one required question, sent to Japan alone by the secretariat's service. */
    private String sentToJapan() {
        SignIn.as(users, "secretariat");
        try {
            var definition = TemplateFixtures.withItems(TemplateFixtures.everyKind(), List.of(TemplateFixtures.required(
                    TemplateFixtures.question("k1_used", "1", "Do you use ICT?", new AnswerSpec.YesNo(), List.of()))));
            long version = TemplateFixtures.publish(templates, "KEY", definition).id();
            String title = "Keyboard " + UUID.randomUUID().toString().substring(0, 6);
            assignments.create(new NewCampaign(version, title, "", LocalDate.now().plusDays(3), Set.of("JPN")));
            return title;
        } finally {
            SignIn.out();
        }
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is the one looked for. */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < MOST_TABS; i++) {
            keys(Keys.TAB);
            if (wanted.test(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element looked for; last: "
                + browser.switchTo().activeElement().getTagName());
    }

    /** The text of the grid cell that has the keyboard focus. */
    private String focusedCell() {
        Object text = ((JavascriptExecutor) browser).executeScript("""
                const cell = document.activeElement.shadowRoot && document.activeElement.shadowRoot.activeElement;
                const slot = cell && cell.querySelector('slot');
                const content = slot && slot.assignedNodes()[0];
                return content ? content.textContent : '';""");
        return String.valueOf(text);
    }

    private String closestId(WebElement element, String tag) {
        Object id = ((JavascriptExecutor) browser).executeScript(
                "const found = arguments[0].closest(arguments[1]); return found ? found.id : null;", element, tag);
        return id == null ? null : id.toString();
    }
}

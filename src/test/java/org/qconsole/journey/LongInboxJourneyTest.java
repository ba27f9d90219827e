package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A State with many questionnaires: its focal point scrolls down the inbox to the oldest one and opens it; the
 * response opens at its top, heading and submit button in sight, not where the inbox was scrolled to.
 */
class LongInboxJourneyTest extends BrowserJourney {

    private static final String CONTENT_SCROLL =
            "return document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]').scrollTop";

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void aResponseOpenedFromFarDownTheInboxOpensAtItsTop() {
        String oldest = sentToBrazil(30);
        signIn("bra.focal");
        browser.get(CONSOLE + "/inbox");
        waitFor("inbox-grid");
        String row = "//vaadin-grid-cell-content[contains(., '" + oldest + "')]";
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.xpath(row))));
        assertThat(contentScroll()).as("the inbox is scrolled down to the oldest questionnaire").isPositive();

        clickRowOf(row);

        assertThat(waitFor("response-heading").getText()).isEqualTo(oldest);
        assertThat(waitFor("response-submit").getText()).isEqualTo("Submit to the secretariat");
        assertThat(contentScroll()).isZero();
    }

    /** One questionnaire sent to Brazil first, then {@code newer} more: the first is the inbox's last row. */
    private String sentToBrazil(int newer) {
        SignIn.as(users, "secretariat");
        try {
            long version = TemplateFixtures.publishEveryKind(templates, "INB").id(); // longer than the window
            String batch = UUID.randomUUID().toString().substring(0, 6);
            String oldest = "Oldest " + batch;
            assignments.create(new NewCampaign(version, oldest, "", LocalDate.now().plusDays(40), Set.of("BRA")));
            for (int i = 1; i <= newer; i++) {
                assignments.create(new NewCampaign(version, "Newer " + batch + " " + i, "",
                        LocalDate.now().plusDays(40), Set.of("BRA")));
            }
            return oldest;
        } finally {
            SignIn.out();
        }
    }

    private long contentScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(CONTENT_SCROLL)).longValue();
    }
}

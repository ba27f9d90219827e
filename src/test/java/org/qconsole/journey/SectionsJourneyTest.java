package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fill-in shows one section at a time: a country user moves by the navigation and by next / previous,
 * a question in section III shows because of an answer given in section I, the address names the section
 * (a reload keeps it), and each problem listed at submission opens the section of its question.
 */
class SectionsJourneyTest extends BrowserJourney {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden;

    @BeforeEach
    void sendThreeSectionsToSweden() {
        SignIn.as(users, "secretariat");
        try {
            Question followUp = TemplateFixtures.withVisibleWhen(required("q3_how", "3", "How do you use it?",
                    new AnswerSpec.LongText(null)), new Condition.Equals("q1_used", TextNode.valueOf("yes")));
            TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Sections"), "CU 2026/9",
                    LocalizedText.EMPTY, List.of(), List.of(
                            section("s1_use", "I", "Use", required("q1_used", "1", "Do you use ICT?",
                                    new AnswerSpec.YesNo())),
                            section("s2_eval", "II", "Evaluation", required("q2_who", "2", "Who evaluates?",
                                    new AnswerSpec.ShortText(null)), optional("q5_by", "5", "Evaluated by",
                                    new AnswerSpec.MultipleChoice(List.of(
                                            new AnswerSpec.Option("ministry", LocalizedText.en("Ministry")),
                                            new AnswerSpec.Option("audit", LocalizedText.en("Audit office"))
                                                    .withSpecify(new AnswerSpec.Specify(null, false)),
                                            new AnswerSpec.Option("none", LocalizedText.en("Nobody"), true)),
                                            null))),
                            section("s3_more", "III", "Follow-up", followUp, required("q4_count", "4",
                                    "How many systems?", new AnswerSpec.NumberAnswer(true, null, null, null)))));
            long version = TemplateFixtures.publish(templates, "SECTIONS", definition).id();
            long campaign = assignments.create(new NewCampaign(version, "Sections " + version, "",
                    LocalDate.now().plusDays(20), Set.of("SWE"))).id();
            sweden = assignments.assignments(campaign).get(0).id();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aCountryUserMovesThroughTheSectionsAndEachProblemOpensItsSection() {
        signIn("swe.focal");
        browser.get(CONSOLE + "/response/" + sweden);
        waitFor("section-s1_use");
        assertThat(browser.findElements(By.id("section-s2_eval"))).as("one section at a time").isEmpty();
        radio("answer-q1_used", "Yes");
        waitForText("response-status", "All answers saved");

        click("section-next");
        waitFor("section-s2_eval");
        assertThat(browser.getCurrentUrl()).endsWith("/response/" + sweden + "?section=s2_eval");
        tick("answer-q5_by", "Ministry");
        tick("answer-q5_by", "Audit office");
        type("answer-q5_by-specify-audit", "Court of Accounts");
        waitForText("response-status", "All answers saved");
        assertThat(ticked("answer-q5_by")).containsExactly("Ministry", "Audit office");
        browser.navigate().refresh();
        assertThat(waitFor("answer-q5_by-specify-audit").getDomProperty("value")).as("the box's words, as saved")
                .isEqualTo("Court of Accounts");
        tick("answer-q5_by", "Nobody");
        waitForText("response-status", "All answers saved");
        assertThat(ticked("answer-q5_by")).as("chosen alone").containsExactly("Nobody");
        assertThat(browser.findElement(By.id("answer-q5_by-specify-audit")).isDisplayed()).isFalse();
        browser.navigate().refresh();
        waitFor("section-s2_eval");
        assertThat(ticked("answer-q5_by")).as("as saved").containsExactly("Nobody");
        click("nav-s3_more");
        assertThat(waitFor("q-q3_how").isDisplayed()).as("shown by the answer in section I").isTrue();
        click("section-previous");
        waitFor("section-s2_eval");

        click("response-submit");
        assertThat(waitFor("submit-problems").getText()).contains("2 Who evaluates?", "3 How do you use it?",
                "4 How many systems?");
        clickXpath("//vaadin-button[contains(@class, 'qc-go-to-question') and starts-with(normalize-space(.), '4 ')]");
        waitFor("q-q4_count");
        assertThat(browser.getCurrentUrl()).endsWith("?section=s3_more");

        browser.navigate().refresh();
        waitFor("section-s3_more");
        click("nav-s1_use");
        radio("answer-q1_used", "No");
        waitForText("response-status", "All answers saved");
        click("nav-s3_more");
        waitFor("q-q4_count");
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("q-q3_how")));
        browser.navigate().back();
        waitFor("section-s1_use");
    }

    /** The labels of the check boxes ticked in a multiple choice, as the browser shows them. */
    private List<String> ticked(String groupId) {
        waitFor(groupId);
        return browser.findElements(By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[@checked]")).stream()
                .map(box -> box.getText().trim()).toList();
    }

    private static Section section(String key, String number, String title, Item... items) {
        return new Section(key, number, LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(items), null);
    }

    private static Question optional(String key, String number, String text, AnswerSpec answer) {
        return new Question(key, number, LocalizedText.en(text), LocalizedText.EMPTY, answer, false, null, null,
                List.of(), List.of());
    }

    private static Question required(String key, String number, String text, AnswerSpec answer) {
        return new Question(key, number, LocalizedText.en(text), LocalizedText.EMPTY, answer, true, null, null,
                List.of(), List.of());
    }
}

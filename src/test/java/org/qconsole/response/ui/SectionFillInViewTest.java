package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.qconsole.response.AnswerService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The fill-in one section at a time, browserless: what it holds, how it moves, what it refuses. */
class SectionFillInViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.qconsole.response.ResponseWorkflow workflow;

    private long sweden;

    @BeforeEach
    void sendThreeSectionsToSweden() {
        SignIn.as(users, "secretariat");
        Question followUp = TemplateFixtures.withVisibleWhen(required("q3_how", "3", new AnswerSpec.ShortText(null)),
                new Condition.Equals("q1_used", TextNode.valueOf("yes")));
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Sections"), "", LocalizedText.EMPTY,
                List.of(), List.of(section("s1_use", required("q1_used", "1", new AnswerSpec.YesNo())),
                        section("s2_eval", required("q2_who", "2", new AnswerSpec.ShortText(null))),
                        section("s3_more", followUp, required("q4_count", "4",
                                new AnswerSpec.NumberAnswer(true, null, null, null)))));
        long version = TemplateFixtures.publish(templates, "SFV", definition).id();
        long campaign = assignments.create(new NewCampaign(version, "Sections", "", LocalDate.now().plusDays(9),
                Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.out();
    }

    @Test
    void theFormHoldsTheComponentsOfOneSectionAndCompletionOfAll() {
        signInAs("swe.focal");
        UI.getCurrent().navigate("response/" + sweden);

        assertThat(_find(Div.class, s -> s.withClasses("questionnaire-section"))).extracting(Div::getId)
                .containsExactly(java.util.Optional.of("section-s1_use"));
        assertThat(_find(TextField.class)).as("no input of another section exists").isEmpty();
        _setValue(yesNo(), "yes");
        assertThat(_get(Span.class, s -> s.withId("response-progress")).getText())
                .startsWith("25% complete · 1 of 4 required questions answered");

        AnchorsKt._click(_get(Anchor.class, s -> s.withId("section-next")));
        assertThat(_get(Anchor.class, s -> s.withId("section-next")).getText()).isEqualTo("Next: 3. Follow-up");
        assertThat(_get(Anchor.class, s -> s.withId("section-previous")).getText()).isEqualTo("Previous: 1. Use");
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s3_more")));
        assertThat(_get(Div.class, s -> s.withId("q-q3_how")).isVisible()).as("condition on section 1").isTrue();
        assertThat(_find(Anchor.class, s -> s.withId("section-next"))).as("the last section has no next").isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("nav-s3_more")).getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void anotherSectionOpensOnlyOnceEveryAnswerHereIsSaved() {
        signInAs("swe.focal");
        UI.getCurrent().navigate("response/" + sweden, com.vaadin.flow.router.QueryParameters.of("section", "s2_eval"));
        _setValue(_get(TextField.class, s -> s.withId("answer-q2_who")), "x".repeat(501)); // over the maximum
        assertThat(_get(Span.class, s -> s.withId("error-q2_who")).getText()).startsWith("Enter at most 500");

        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s1_use")));

        assertThat(_get(Span.class, s -> s.withId("response-status")).getText())
                .isEqualTo("Your answers must be saved before another section opens");
        assertThat(_find(Div.class, s -> s.withId("section-s2_eval"))).hasSize(1);
    }

    @Test
    void eachProblemListedAtSubmissionOpensTheSectionOfItsQuestion() {
        signInAs("swe.focal");
        UI.getCurrent().navigate("response/" + sweden);
        _setValue(yesNo(), "yes");
        _click(_get(Button.class, s -> s.withId("response-submit")));

        List<Button> links = _find(_get(Div.class, s -> s.withId("submit-problems")), Button.class);
        assertThat(links).extracting(Button::getText).containsExactly("2 Who?", "3 How?", "4 How many?");
        _click(links.get(2));

        assertThat(_find(Div.class, s -> s.withId("section-s3_more"))).hasSize(1);
        assertThat(_find(Div.class, s -> s.withId("section-s1_use"))).isEmpty();
        _setValue(_get(IntegerField.class, s -> s.withId("answer-q4_count")), 3);
        assertThat(answers.open(sweden).answers().get("q4_count").value().intValue()).isEqualTo(3);
    }

    @Test
    void aCommentOfTheSecretariatOpensTheSectionOfItsQuestion() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(sweden, "q2_who", TextNode.valueOf("The audit office"), 0);
        answers.save(sweden, "q3_how", TextNode.valueOf("Case files"), 0);
        answers.save(sweden, "q4_count", com.fasterxml.jackson.databind.node.IntNode.valueOf(2), 0);
        workflow.submit(sweden);
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, java.util.Map.of("q4_count", "Only two systems?"), "Please check.");
        SignIn.out();

        signInAs("swe.focal");
        UI.getCurrent().navigate("response/" + sweden);
        Div comments = _get(Div.class, s -> s.withId("review-comments"));
        _click(_find(comments, Button.class).get(0));

        assertThat(_find(Div.class, s -> s.withId("section-s3_more"))).hasSize(1);
        assertThat(_get(Span.class, s -> s.withId("note-q4_count")).getText()).contains("Secretariat: Only two systems?");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> yesNo() {
        return _get(RadioButtonGroup.class, s -> s.withId("answer-q1_used"));
    }

    private static Section section(String key, Item... items) {
        String title = switch (key) {
            case "s1_use" -> "Use";
            case "s2_eval" -> "Evaluation";
            default -> "Follow-up";
        };
        String number = String.valueOf(List.of("s1_use", "s2_eval", "s3_more").indexOf(key) + 1);
        return new Section(key, number, LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(items), null);
    }

    private static Question required(String key, String number, AnswerSpec answer) {
        String text = switch (number) {
            case "1" -> "Used?";
            case "2" -> "Who?";
            case "3" -> "How?";
            default -> "How many?";
        };
        return new Question(key, number, LocalizedText.en(text), LocalizedText.EMPTY, answer, true, null, null,
                List.of(), List.of());
    }
}

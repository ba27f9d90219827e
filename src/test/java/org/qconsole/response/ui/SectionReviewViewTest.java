package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DelegationFixtures;
import org.qconsole.response.Delegations;
import org.qconsole.response.NewDelegation;
import org.qconsole.response.SectionReview.State;
import org.qconsole.response.SectionReviews;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The country's review on the response's page: the contributor marks a section ready, the focal point sends it back
 * with a comment, approves it (the section is then read only and marked approved) and opens it again; submitting with
 * sections not approved asks first, then approves them.
 */
class SectionReviewViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    Delegations delegations;
    @Autowired
    SectionReviews reviews;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void swedenGivesSectionTwoToItsContributor() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "REVV");
        signInAs("swe.focal");
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s2_legal")));
    }

    @Test
    void theContributorMarksReadyAndTheFocalPointSendsBackThenApprovesAndOpensAgain() {
        signInAs("swe.contributor");
        openSection("s2_legal");
        _assertNone(Button.class, s -> s.withId("section-approve"));
        _click(_get(Button.class, s -> s.withId("section-ready")));
        assertThat(_get(Paragraph.class, s -> s.withId("section-review-state")).getText())
                .startsWith("Ready for review: marked by swe.contributor on ");
        _assertNone(Button.class, s -> s.withId("section-ready"));
        assertThat(_get(Span.class, s -> s.withId("nav-review-s2_legal")).getText()).isEqualTo("Ready for review");

        signInAs("swe.focal");
        openSection("s2_legal");
        _assertNone(Button.class, s -> s.withId("section-ready"));
        _click(_get(Button.class, s -> s.withId("section-send-back")));
        _click(_get(Button.class, s -> s.withId("section-send-back-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("section-send-back-error")).getText())
                .isEqualTo("Say what needs doing: your colleagues read your comment.");
        _setValue(_get(TextArea.class, s -> s.withId("section-send-back-comment")), "Name the 2024 amendment.");
        _click(_get(Button.class, s -> s.withId("section-send-back-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("section-review-state")).getText())
                .startsWith("Sent back by swe.focal on ").endsWith(": Name the 2024 amendment.");

        signInAs("swe.contributor");
        openSection("s1_general");
        UI.getCurrent().navigate("response/" + sweden, QueryParameters.of("section", "s2_legal"));
        assertThat(_get(Paragraph.class, s -> s.withId("section-review-state")).getText())
                .endsWith(": Name the 2024 amendment.");
        assertThat(_get(Button.class, s -> s.withId("section-ready")).isEnabled()).isTrue();

        signInAs("swe.focal");
        openSection("s2_legal");
        _click(_get(Button.class, s -> s.withId("section-approve")));
        assertThat(_get(Span.class, s -> s.withId("nav-review-s2_legal")).getText()).isEqualTo("Approved");
        assertThat(_get(Paragraph.class, s -> s.withId("section-review-state")).getText())
                .contains("locked until the focal point opens it again");
        assertThat(_get(TextField.class, s -> s.withId("answer-q2_text")).isReadOnly()).isTrue();

        _click(_get(Button.class, s -> s.withId("section-reopen")));
        assertThat(_get(TextField.class, s -> s.withId("answer-q2_text")).isReadOnly()).isFalse();
        _assertNone(Span.class, s -> s.withId("nav-review-s2_legal"));
    }

    @Test
    void cancellingTheSendBackDialogLeavesTheSectionReady() {
        signInAs("swe.contributor");
        reviews.markReady(sweden, "s2_legal");
        signInAs("swe.focal");
        openSection("s2_legal");

        _click(_get(Button.class, s -> s.withId("section-send-back")));
        _setValue(_get(TextArea.class, s -> s.withId("section-send-back-comment")), "Not sent");
        _click(_get(Button.class, s -> s.withId("section-send-back-cancel")));

        _assertNone(TextArea.class, s -> s.withId("section-send-back-comment"));
        assertThat(answers.open(sweden).rights().state("s2_legal")).isEqualTo(State.READY_FOR_REVIEW);
    }

    @Test
    void submittingWithSectionsNotApprovedAsksInFrenchThenApprovesThemInOneStep() {
        reviews.approve(sweden, "s1_general");
        signInAs("swe.focal");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, sweden);

        _click(_get(Button.class, s -> s.withId("response-submit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("review-submit"));
        assertThat(confirm.getElement().getProperty("message")).isEqualTo("Pas encore approuvées : II. Legal framework;"
                + " III. Practice. La soumission approuve ces sections en une fois ; l'historique le garde.");
        assertThat(assignments.assignment(sweden).status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(assignments.assignment(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(answers.open(sweden).rights().reviews().values()).allSatisfy(review ->
                assertThat(review.state()).isEqualTo(State.APPROVED));
    }

    @Test
    void theSecretariatSeesNoneOfTheReview() {
        reviews.approve(sweden, "s1_general");
        signInAs("secretariat");
        openSection("s1_general");

        _assertNone(SectionReviewBar.class, s -> s.withId("section-review"));
        _assertNone(Span.class, s -> s.withId("nav-review-s1_general"));
    }

    private void openSection(String key) {
        UI.getCurrent().navigate("response/" + sweden, QueryParameters.of("section", key));
    }
}

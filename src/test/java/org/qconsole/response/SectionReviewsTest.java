package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.response.SectionReview.State;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sweden reviews its sections inside the country: the contributor marks a section ready, the focal point sends it
 * back with a comment or approves it, which locks it for everyone until they open it again. Submitting approves the
 * rest in one step, recorded; a response the secretariat returns is to be reviewed again.
 */
@ConsoleTest
class SectionReviewsTest {

    @Autowired
    SectionReviews reviews;
    @Autowired
    Delegations delegations;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void swedenGivesSectionTwoToItsContributor() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "REV");
        SignIn.as(users, "swe.focal");
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s2_legal")));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSectionIsMarkedReadySentBackWithACommentMarkedReadyAgainAndApproved() {
        SignIn.as(users, "swe.contributor");
        assertThat(reviews.markReady(sweden, "s2_legal").state()).isEqualTo(State.READY_FOR_REVIEW);
        assertThatThrownBy(() -> reviews.markReady(sweden, "s2_legal")).isInstanceOf(AssignmentException.class)
                .hasMessage("The section II. Legal framework is already ready for review.");

        SignIn.as(users, "swe.focal");
        SectionReview sentBack = reviews.sendBack(sweden, "s2_legal", "  Name the 2024 amendment.  ");
        assertThat(sentBack.state()).isEqualTo(State.SENT_BACK);
        assertThat(sentBack.comment()).isEqualTo("Name the 2024 amendment.");
        assertThat(sentBack.changedBy()).isEqualTo("swe.focal");

        SignIn.as(users, "swe.contributor");
        assertThat(answers.open(sweden).rights().state("s2_legal")).isEqualTo(State.SENT_BACK);
        assertThat(save("q2_text", "Criminal Code, as amended in 2024")).isInstanceOf(SaveOutcome.Saved.class);
        reviews.markReady(sweden, "s2_legal");

        SignIn.as(users, "swe.focal");
        assertThat(reviews.approve(sweden, "s2_legal").state()).isEqualTo(State.APPROVED);
        assertThat(answers.open(sweden).rights().mayEdit("s2_legal")).isFalse();
    }

    @Test
    void anApprovedSectionIsLockedForEveryoneUntilTheFocalPointOpensItAgain() {
        reviews.approve(sweden, "s2_legal");

        assertThatThrownBy(() -> save("q2_text", "The focal point too")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("II. Legal framework is approved: it is locked");
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> save("q2_text", "Nor the colleague")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("is approved");
        assertThatThrownBy(() -> reviews.markReady(sweden, "s2_legal")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("is already approved");

        SignIn.as(users, "swe.focal");
        assertThat(reviews.reopen(sweden, "s2_legal").state()).isEqualTo(State.DRAFT);
        assertThat(save("q2_text", "Open again")).isInstanceOf(SaveOutcome.Saved.class);
        assertThatThrownBy(() -> reviews.reopen(sweden, "s2_legal")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("is not approved");
    }

    @Test
    void stepsOutOfTurnOrByTheWrongPersonAreRefused() {
        assertThatThrownBy(() -> reviews.sendBack(sweden, "s2_legal", "Why?")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("only a section marked ready can be sent back");
        assertThatThrownBy(() -> reviews.markReady(sweden, "s2_legal")).as("the focal point approves, never marks")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(sweden, "s9_forged")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("no section s9_forged");

        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> reviews.markReady(sweden, "s1_general")).as("a section given to nobody of theirs")
                .isInstanceOf(AssignmentException.class).hasMessageContaining("I. General is given to colleagues");
        assertThatThrownBy(() -> reviews.approve(sweden, "s2_legal")).isInstanceOf(AccessDeniedException.class);
        reviews.markReady(sweden, "s2_legal");

        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> reviews.sendBack(sweden, "s2_legal", "   ")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("Say what needs doing");
        assertThatThrownBy(() -> reviews.sendBack(sweden, "s2_legal", "x".repeat(SectionReviews.MAX_COMMENT + 1)))
                .isInstanceOf(AssignmentException.class).hasMessageContaining("at most 2000 characters");
        assertThat(answers.open(sweden).rights().state("s2_legal")).isEqualTo(State.READY_FOR_REVIEW);
    }

    @Test
    void submittingApprovesTheRestInOneStepRecordedAndAReturnOpensEverySectionAgain() {
        reviews.approve(sweden, "s1_general");

        workflow.submit(sweden);

        Map<String, SectionReview> reviewed = answers.open(sweden).rights().reviews();
        assertThat(reviewed.values()).extracting(SectionReview::state).containsOnly(State.APPROVED).hasSize(3);
        assertThat(histories.history(sweden, Language.EN).entries()).anySatisfy(entry -> {
            assertThat(entry.what()).isEqualTo("Submitted");
            assertThat(entry.note()).isEqualTo("Sections approved in one step on submission: II, III");
        });
        assertThat(histories.history(sweden, Language.FR).entries()).anySatisfy(entry -> assertThat(entry.note())
                .isEqualTo("Sections approuvées en une fois lors de la soumission : II, III"));

        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, Map.of(), "Please check section II.");
        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden).assignment().status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(answers.open(sweden).rights().mayEdit("s2_legal")).isTrue();
        assertThat(answers.open(sweden).rights().state("s1_general")).isEqualTo(State.DRAFT);
    }

    @Test
    void aResponseNobodyReviewsIsSubmittedAsBeforeWithNothingRecordedBeyondTheSubmission() {
        SignIn.as(users, "swe.focal");

        workflow.submit(sweden);

        assertThat(answers.open(sweden).rights().reviews()).isEmpty();
        assertThat(histories.history(sweden, Language.EN).entries()).filteredOn(e -> e.what().equals("Submitted"))
                .singleElement().satisfies(entry -> assertThat(entry.note()).isEmpty());
    }

    private SaveOutcome save(String key, String value) {
        StoredAnswer stored = answers.open(sweden).answers().get(key);
        return answers.save(sweden, key, TextNode.valueOf(value), stored == null ? 0 : stored.revision());
    }
}

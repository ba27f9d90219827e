package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.questionnaire.MissingAnswer;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Submit, return with comments, resubmit, accept, reopen: who may do what, and when. */
@ConsoleTest
class ResponseWorkflowTest {

    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    AnswerService answers;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ResponseHistoryService history;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "WF").id();
        long campaign = assignments.create(new NewCampaign(version, "Workflow", "", LocalDate.now().plusDays(10),
                Set.of("SWE", "KEN"))).id();
        sweden = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("SWE"))
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theWholeWayFromFirstAnswerToAcceptance() {
        SignIn.as(users, "swe.contributor");
        answers.save(sweden, "q3_name", TextNode.valueOf("Police"), 0);
        assertThatThrownBy(() -> workflow.submit(sweden)).as("only the focal point submits")
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> workflow.submit(sweden)).isInstanceOfSatisfying(SubmissionRefused.class,
                refused -> assertThat(refused.missing()).extracting(MissingAnswer::questionKey).containsExactly("q1_used"));
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> answers.save(sweden, "q3_name", TextNode.valueOf("Prosecution"), 1))
                .as("read-only once submitted").isInstanceOf(AssignmentException.class);

        SignIn.as(users, "secretariat");
        assertThat(workflow.returnToCountry(sweden, Map.of("q3_name", "Please give the full name of the authority."),
                "Almost there").status()).isEqualTo(AssignmentStatus.RETURNED);

        SignIn.as(users, "swe.contributor");
        assertThat(workflow.comments(sweden)).singleElement().satisfies(c -> {
            assertThat(c.questionKey()).isEqualTo("q3_name");
            assertThat(c.comment()).isEqualTo("Please give the full name of the authority.");
            assertThat(c.author()).isEqualTo("secretariat");
        });
        answers.save(sweden, "q3_name", TextNode.valueOf("Swedish Police Authority"), 1);

        SignIn.as(users, "swe.focal");
        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);

        SignIn.as(users, "manager");
        assertThatThrownBy(() -> workflow.accept(sweden)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "secretariat");
        assertThat(workflow.accept(sweden).status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThatThrownBy(() -> workflow.reopen(sweden, "")).isInstanceOf(AssignmentException.class);
        assertThat(workflow.reopen(sweden, "A figure needs checking").status()).isEqualTo(AssignmentStatus.RETURNED);
    }

    @Test
    void hiddenRequiredQuestionsDoNotBlockSubmission() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);

        assertThat(workflow.missingAnswers(sweden)).isEmpty();
    }

    @Test
    void aNotSubmittedResponseCannotBeAcceptedOrReturned() {
        assertThatThrownBy(() -> workflow.accept(sweden)).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("cannot be accepted now");
        assertThatThrownBy(() -> workflow.returnToCountry(sweden, Map.of(), "x")).isInstanceOf(AssignmentException.class);
    }

    @Test
    void aRefusedSubmissionLeavesTheResponseWhereItWasAndRecordsNothing() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q3_name", TextNode.valueOf("Police"), 0);

        assertThatThrownBy(() -> workflow.submit(sweden)).isInstanceOf(SubmissionRefused.class);

        assertThat(assignments.assignment(sweden).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> e.kind() == HistoryEntry.Kind.STATUS)
                .extracting(HistoryEntry::what).containsExactlyInAnyOrder("Assigned", "Started");
        assertThat(workflow.allowedActions(sweden)).as("still the focal point's to submit")
                .contains(WorkflowAction.SUBMIT, WorkflowAction.ANSWER);
    }

    @Test
    void anAcceptedResponseGoesBackToTheCountryOnlyByReopeningWithAReason() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        workflow.submit(sweden);
        SignIn.as(users, "secretariat");
        workflow.accept(sweden);

        assertThatThrownBy(() -> workflow.returnToCountry(sweden, Map.of(), "Please look again"))
                .isInstanceOf(AssignmentException.class)
                .hasMessage("This response is accepted: reopen it to send it back to the country.");
        assertThat(workflow.allowedActions(sweden)).containsExactlyInAnyOrder(WorkflowAction.REOPEN,
                WorkflowAction.SEE_HISTORY);
        workflow.reopen(sweden, "  A figure needs checking ");
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> e.what().equals("Reopened")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("secretariat");
                    assertThat(e.note()).isEqualTo("A figure needs checking");
                });
    }

    @Test
    void anotherCountrysFocalPointCannotSubmitOrReadComments() {
        SignIn.as(users, "ken.focal");

        assertThatThrownBy(() -> workflow.submit(sweden)).isInstanceOf(AssignmentException.class);
        assertThatThrownBy(() -> workflow.comments(sweden)).isInstanceOf(AssignmentException.class);
        assertThatThrownBy(() -> workflow.missingAnswers(sweden)).isInstanceOf(AssignmentException.class);
    }
}

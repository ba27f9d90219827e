package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the workflow says a user may do ({@code allowedActions}, what the page shows) is exactly what the
 * services accept from that user: every status, every role, every action, each tried for real and
 * rolled back. A submission refused for unanswered questions counts as accepted here: the check of the
 * answers comes after the table (and is tested in ResponseWorkflowTest).
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowAgreementTest {

    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    AnswerService answers;
    @Autowired
    CountryRequests requests;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    Delegations delegations;
    @Autowired
    SectionReviews reviews;
    @Autowired
    InternalComments internalComments;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private Map<AssignmentStatus, Long> sweden;

    @BeforeAll
    void swedenInEveryStatus() {
        sweden = new ResponsesInEveryStatus(users, templates, assignments, answers, workflow, "AGREE").all();
        SignIn.once(users, events, "swe.contributor"); // a colleague the focal point can give a section to
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{1}, response {0}")
    @MethodSource("org.qconsole.response.ResponsesInEveryStatus#everyStatusAndUser")
    void theAllowedActionsAreExactlyTheAcceptedOnes(AssignmentStatus status, String user) {
        long id = sweden.get(status);
        SignIn.as(users, user);
        assertThat(answers.open(id).assignment().status()).isEqualTo(status);

        Set<WorkflowAction> accepted = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            if (acceptsAndRollsBack(action, id)) {
                accepted.add(action);
            }
        }

        assertThat(workflow.allowedActions(id)).isEqualTo(accepted);
        assertThat(answers.open(id).editable()).as("the form is open exactly when answering is allowed")
                .isEqualTo(accepted.contains(WorkflowAction.ANSWER));
        assertThat(answers.open(id).assignment().status()).as("every attempt was rolled back").isEqualTo(status);
    }

    @Test
    void anotherCountrysUserIsAllowedNothingAndLearnsNothing() {
        SignIn.as(users, "ken.focal");

        for (long id : sweden.values()) {
            assertThatThrownBy(() -> workflow.allowedActions(id)).isInstanceOf(AssignmentException.class)
                    .hasMessage("There is no assignment " + id + ".");
            for (WorkflowAction action : WorkflowAction.values()) {
                assertThat(acceptsAndRollsBack(action, id)).as(action + " for Kenya's focal point").isFalse();
            }
        }
    }

    /** Takes the action as the signed-in user, then undoes it: true when the services did not refuse it. */
    private boolean acceptsAndRollsBack(WorkflowAction action, long id) {
        Boolean accepted = new TransactionTemplate(transactions).execute(transaction -> {
            transaction.setRollbackOnly();
            try {
                take(action, id);
                return true;
            } catch (SubmissionRefused unansweredQuestions) {
                return true;
            } catch (AccessDeniedException | AssignmentException refused) {
                return false;
            }
        });
        return Boolean.TRUE.equals(accepted);
    }

    /** Every action has a way to be taken here: a new action does not compile until it has one. */
    private Object take(WorkflowAction action, long id) {
        return switch (action) {
            case ANSWER -> answers.save(id, "q3_name", TextNode.valueOf("Swedish Police Authority"), 0);
            case SUBMIT -> workflow.submit(id);
            case ACCEPT -> workflow.accept(id);
            case RETURN -> workflow.returnToCountry(id, Map.of("q1_used", "Are you sure?"), "");
            case REOPEN -> workflow.reopen(id, "A figure needs checking.");
            case COPY_EARLIER_ANSWERS -> answers.prefill(id, Language.EN);
            case SEE_HISTORY -> histories.history(id, Language.EN);
            case ASK_FOR_EXTENSION -> requests.askForExtension(id, LocalDate.now().plusDays(60),
                    "Our parliament is in recess.");
            case ASK_TO_REOPEN -> requests.askToReopen(id, "A figure in question 5 was wrong.");
            case DISCUSS -> internalComments.comment(id, "q3_name", "Who checks this name?");
            case MARK_READY -> reviews.markReady(id, "s1_general");
            case REVIEW_SECTIONS -> reviews.approve(id, "s1_general");
            case DELEGATE -> delegations.delegate(id, NewDelegation.sections(java.util.Set.of("swe.contributor"),
                    java.util.Set.of("s1_general")));
        };
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sweden's colleagues discuss questions among themselves in threads; the secretariat never reads them, and bad
 * comments are refused with the reason.
 */
@ConsoleTest
class InternalCommentsTest {

    @Autowired
    InternalComments comments;
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
    ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "DISC");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void colleaguesDiscussAQuestionInAThreadAndARepliesToAReplyStayInIt() {
        SignIn.as(users, "swe.contributor");
        InternalComment first = comments.comment(sweden, "q3_cases", "  Do we count the cases of 2025 only?  ");
        SignIn.as(users, "swe.focal");
        InternalComment reply = comments.reply(sweden, first.id(), "Yes, 2025 only.");
        SignIn.as(users, "swe.contributor");
        InternalComment again = comments.reply(sweden, reply.id(), "Thanks, done.");

        assertThat(first.text()).isEqualTo("Do we count the cases of 2025 only?");
        assertThat(first.startsThread()).isTrue();
        assertThat(reply.threadId()).contains(first.id());
        assertThat(again.threadId()).as("a reply to a reply").contains(first.id());
        assertThat(again.questionKey()).isEqualTo("q3_cases");
        assertThat(comments.ofResponse(sweden)).extracting(InternalComment::author)
                .containsExactly("swe.contributor", "swe.focal", "swe.contributor");
    }

    @Test
    void badCommentsAreRefusedWithTheReason() {
        SignIn.as(users, "swe.focal");

        assertThatThrownBy(() -> comments.comment(sweden, "q3_cases", "   ")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("Write something");
        assertThatThrownBy(() -> comments.comment(sweden, "q3_cases", "x".repeat(InternalComments.MAX_TEXT + 1)))
                .isInstanceOf(AssignmentException.class).hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> comments.comment(sweden, "q9_forged", "Hello")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("q9_forged");
        assertThatThrownBy(() -> comments.reply(sweden, Long.MAX_VALUE, "Hello")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("There is no comment");
        assertThat(comments.ofResponse(sweden)).isEmpty();
    }

    @Test
    void theSecretariatNeitherReadsNorWritesThem() {
        SignIn.as(users, "swe.focal");
        comments.comment(sweden, "q1_name", "Internal: check the spelling with the ministry.");
        SignIn.as(users, "secretariat");

        assertThatThrownBy(() -> comments.ofResponse(sweden)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.comment(sweden, "q1_name", "Hello")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSubmittedResponseIsNoLongerDiscussedButItsCommentsStayReadable() {
        SignIn.as(users, "swe.focal");
        comments.comment(sweden, "q1_name", "Check before submitting.");
        workflow.submit(sweden);

        assertThatThrownBy(() -> comments.comment(sweden, "q1_name", "Too late")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("submitted");
        assertThat(comments.ofResponse(sweden)).hasSize(1);
    }
}

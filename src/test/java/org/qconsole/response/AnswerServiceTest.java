package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
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
import org.qconsole.questionnaire.Progress;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Answers are saved one by one, versioned, and only by their own country. */
@ConsoleTest
class AnswerServiceTest {

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
    private long france;

    @BeforeEach
    void sendToSwedenAndFrance() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "ANS").id();
        long campaign = assignments.create(new NewCampaign(version, "Answers", "", LocalDate.now().plusDays(10),
                Set.of("SWE", "FRA"))).id();
        var all = assignments.assignments(campaign);
        sweden = all.stream().filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow().id();
        france = all.stream().filter(a -> a.country().alpha3().equals("FRA")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aContributorsAnswerIsSavedWithWhoAndWhenAndStartsTheResponse() {
        SignIn.as(users, "swe.contributor");

        SaveOutcome outcome = answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.answer().revision()).isEqualTo(1);
            assertThat(saved.answer().updatedBy()).isEqualTo("swe.contributor");
        });
        Response response = answers.open(sweden);
        assertThat(response.answers().get("q1_used").value().asText()).isEqualTo("yes");
        assertThat(response.assignment().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(response.editable()).isTrue();
    }

    @Test
    void aColleaguesNewerAnswerIsNeverOverwrittenSilently() {
        SignIn.as(users, "swe.contributor");
        answers.save(sweden, "q3_name", TextNode.valueOf("Police"), 0);
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q3_name", TextNode.valueOf("Swedish Police Authority"), 1);

        SignIn.as(users, "swe.contributor");
        SaveOutcome stale = answers.save(sweden, "q3_name", TextNode.valueOf("Prosecution"), 1);

        assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.theirs().value().asText()).isEqualTo("Swedish Police Authority");
            assertThat(conflict.theirs().updatedBy()).isEqualTo("swe.focal");
            assertThat(conflict.theirs().revision()).isEqualTo(2);
        });
        assertThat(answers.open(sweden).answers().get("q3_name").value().asText()).isEqualTo("Swedish Police Authority");
        assertThat(answers.save(sweden, "q3_name", TextNode.valueOf("Prosecution"), 2))
                .as("after choosing, with their revision").isInstanceOf(SaveOutcome.Saved.class);
        SignIn.as(users, "swe.focal");
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> "q3_name".equals(e.questionKey()))
                .as("each save's old and new value, newest first; the refused stale save left no trace")
                .extracting(HistoryEntry::actor, HistoryEntry::before, HistoryEntry::after)
                .containsExactly(
                        tuple("swe.contributor", "Swedish Police Authority", "Prosecution"),
                        tuple("swe.focal", "Police", "Swedish Police Authority"),
                        tuple("swe.contributor", "", "Police"));
    }

    @Test
    void aFirstAnswerRacingAnotherFirstAnswerIsAConflictToo() {
        SignIn.as(users, "swe.contributor");
        answers.save(sweden, "q4_details", TextNode.valueOf("first"), 0);
        SignIn.as(users, "swe.focal");

        assertThat(answers.save(sweden, "q4_details", TextNode.valueOf("second"), 0))
                .isInstanceOf(SaveOutcome.Conflict.class);
    }

    @Test
    void anotherCountrysResponseCanBeNeitherReadNorWritten() {
        SignIn.as(users, "fra.focal");

        assertThatThrownBy(() -> answers.open(sweden)).isInstanceOf(AssignmentException.class)
                .hasMessage("There is no assignment " + sweden + ".");
        assertThatThrownBy(() -> answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0))
                .isInstanceOf(AssignmentException.class);
        assertThat(answers.save(france, "q1_used", TextNode.valueOf("no"), 0)).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void unknownQuestionsAndClosedResponsesAreRefused() {
        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> answers.save(sweden, "q99", TextNode.valueOf("x"), 0))
                .isInstanceOf(AssignmentException.class).hasMessageContaining("no question \"q99\"");

        SignIn.as(users, "secretariat");
        assignments.withdraw(sweden, "Duplicate");
        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0))
                .isInstanceOf(AssignmentException.class).hasMessageContaining("withdrawn");
        assertThat(answers.open(sweden).editable()).isFalse();
    }

    @Test
    void anAnswerThatDoesNotFitItsQuestionIsRefusedWithTheReasonAndNothingIsStored() {
        SignIn.as(users, "swe.focal");

        assertThat(answers.save(sweden, "q5_cases", IntNode.valueOf(-3), 0))
                .isEqualTo(new SaveOutcome.Invalid("Enter a number from 0 to 100000."))
                .extracting(outcome -> ((SaveOutcome.Invalid) outcome).words().in(Language.FR)).as("beside the French form")
                .isEqualTo("Saisissez un nombre compris entre 0 et 100000.");
        assertThat(answers.save(sweden, "q3_name", TextNode.valueOf("x".repeat(AnswerService.MAX_ANSWER_CHARACTERS)), 0))
                .isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> assertThat(invalid.words().in(Language.ES))
                        .isEqualTo("Esta respuesta supera los 200000 caracteres."));
        assertThat(answers.save(sweden, "q2_tool", TextNode.valueOf("<script>"), 0))
                .isEqualTo(new SaveOutcome.Invalid("Choose one of the options."));

        Response response = answers.open(sweden);
        assertThat(response.answers()).isEmpty();
        assertThat(response.assignment().status()).isEqualTo(AssignmentStatus.NOT_STARTED);
    }

    @Test
    void progressCountsTheRequiredQuestionsAnswered() {
        SignIn.as(users, "swe.contributor");
        var assignment = answers.open(sweden).assignment();
        assertThat(answers.progress(java.util.List.of(assignment)).get(sweden).percent()).isZero();

        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);

        Progress progress = answers.progress(java.util.List.of(assignment)).get(sweden);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.sections()).singleElement().satisfies(s -> assertThat(s.answered()).isEqualTo(1));
    }

    @Test
    void theSecretariatAndManagersReadButNeverAnswer() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);

        for (String reader : new String[] {"secretariat", "manager"}) {
            SignIn.as(users, reader);
            Response response = answers.open(sweden);
            assertThat(response.editable()).isFalse();
            assertThat(response.answers()).containsKey("q1_used");
            assertThatThrownBy(() -> answers.save(sweden, "q1_used", TextNode.valueOf("no"), 1))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}

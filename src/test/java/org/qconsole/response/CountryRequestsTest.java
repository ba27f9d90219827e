package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.assignment.SystemAssignments;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.model.Language;
import org.qconsole.response.CountryRequest.Decision;
import org.qconsole.response.CountryRequest.Kind;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A focal point asks the secretariat for more time or for a submitted response to be reopened; the secretariat
 * grants (and what was asked happens) or refuses with a comment; a hard deadline stops submission until an
 * extension is granted. On PostgreSQL, as the signed-in users.
 */
@ConsoleTest
class CountryRequestsTest {

    @Autowired
    CountryRequests requests;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    AnswerService answers;
    @Autowired
    AssignmentService assignments;
    @Autowired
    SystemAssignments system;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ResponseHistoryService history;

    private final LocalDate deadline = LocalDate.now().plusDays(10);

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGrantedExtensionMovesTheStatesDeadlineAndTheHistorySaysSo() {
        long sweden = sendToSweden(false);
        SignIn.as(users, "swe.focal");

        CountryRequest asked = requests.askForExtension(sweden, deadline.plusDays(14), " Our parliament is in recess. ");

        assertThat(asked).extracting(CountryRequest::kind, CountryRequest::reason, CountryRequest::requestedBy,
                CountryRequest::decision).containsExactly(Kind.EXTENSION, "Our parliament is in recess.", "swe.focal",
                Decision.PENDING);
        assertThat(asked.until()).contains(deadline.plusDays(14));
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusDays(20), "Still in recess"))
                .as("one waits at a time").isInstanceOf(AssignmentException.class)
                .hasMessage("A request for more time already waits for the secretariat's decision on this questionnaire.");

        SignIn.as(users, "secretariat");
        assertThat(requests.ofCampaign(campaignOf(sweden))).extracting(CountryRequest::id).containsExactly(asked.id());
        CountryRequest granted = requests.grant(asked.id(), "");

        assertThat(granted.decision()).isEqualTo(Decision.GRANTED);
        assertThat(granted.decidedBy()).contains("secretariat");
        assertThat(assignments.assignment(sweden).deadline()).isEqualTo(deadline.plusDays(14));
        assertThat(history.history(sweden, Language.EN).entries()).extracting(HistoryEntry::what)
                .contains("More time asked for", "Deadline extended", "More time granted");
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> e.what().equals("More time asked for"))
                .singleElement().extracting(HistoryEntry::note).asString()
                .startsWith("Until ").endsWith(": Our parliament is in recess.");
        assertThatThrownBy(() -> requests.refuse(asked.id(), "Too late")).as("decided once")
                .isInstanceOf(AssignmentException.class).hasMessage("This request is already granted.");

        SignIn.as(users, "swe.focal");
        assertThat(requests.askForExtension(sweden, deadline.plusDays(30), "More still").isPending())
                .as("once decided, another may be asked").isTrue();
    }

    @Test
    void whatIsAskedIsChecked() {
        long sweden = sendToSweden(false);
        SignIn.as(users, "swe.focal");

        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline, "Recess"))
                .isInstanceOf(AssignmentException.class).hasMessageStartingWith("Choose a date after the current deadline");
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusYears(2), "Recess"))
                .isInstanceOf(AssignmentException.class).hasMessageStartingWith("Choose a date at most a year after");
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusDays(7), "  "))
                .isInstanceOf(AssignmentException.class).hasMessage("Say why you ask: the secretariat decides on your reason.");
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusDays(7), "x".repeat(2001)))
                .isInstanceOf(AssignmentException.class).hasMessage("Shorten the text to at most 2000 characters.");
        assertThatThrownBy(() -> requests.askToReopen(sweden, "A figure was wrong"))
                .as("nothing submitted to reopen").isInstanceOf(AssignmentException.class)
                .hasMessage("This questionnaire is not started: only a submitted or accepted questionnaire can be reopened.");
        assertThat(requests.ofResponse(sweden)).isEmpty();
    }

    @Test
    void onlyTheFocalPointAsksAndOnlyTheSecretariatDecides() {
        long sweden = sendToSweden(false);
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusDays(7), "Recess"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "secretariat");
        assertThatThrownBy(() -> requests.askForExtension(sweden, deadline.plusDays(7), "Recess"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "swe.focal");
        CountryRequest asked = requests.askForExtension(sweden, deadline.plusDays(7), "Recess");
        assertThatThrownBy(() -> requests.grant(asked.id(), "")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "manager");
        assertThatThrownBy(() -> requests.refuse(asked.id(), "No")).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.mayDecide()).isFalse();
        assertThat(requests.ofCampaign(campaignOf(sweden))).hasSize(1);

        SignIn.as(users, "secretariat");
        assertThat(requests.mayDecide()).isTrue();
        assertThatThrownBy(() -> requests.refuse(asked.id(), " ")).isInstanceOf(AssignmentException.class)
                .hasMessage("Say why the request is refused: the State reads it.");
        assertThat(requests.refuse(asked.id(), "The deadline is set by the Conference.").decision())
                .isEqualTo(Decision.REFUSED);
        assertThat(assignments.assignment(sweden).deadline()).as("a refusal moves nothing").isEqualTo(deadline);

        SignIn.as(users, "swe.contributor");
        assertThat(requests.ofResponse(sweden)).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(Decision.REFUSED);
            assertThat(r.comment()).isEqualTo("The deadline is set by the Conference.");
        });
    }

    @Test
    void aGrantedReopeningSendsTheResponseBackAndARefusedOneLeavesItAccepted() {
        long sweden = sendToSweden(false);
        submitAsSweden(sweden);
        SignIn.as(users, "swe.focal");
        CountryRequest fix = requests.askToReopen(sweden, "Question 5 has a wrong figure.");

        SignIn.as(users, "secretariat");
        requests.grant(fix.id(), "");
        assertThat(assignments.assignment(sweden).status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(history.history(sweden, Language.EN).entries()).filteredOn(e -> e.what().equals("Returned"))
                .singleElement().extracting(HistoryEntry::note).isEqualTo("Question 5 has a wrong figure.");

        submitAsSweden(sweden);
        SignIn.as(users, "secretariat");
        workflow.accept(sweden);
        SignIn.as(users, "swe.focal");
        CountryRequest again = requests.askToReopen(sweden, "Another figure.");
        SignIn.as(users, "secretariat");
        requests.refuse(again.id(), "The report is already published.");

        assertThat(assignments.assignment(sweden).status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(history.history(sweden, Language.FR).entries()).extracting(HistoryEntry::what)
                .contains("Réouverture demandée", "Réouverture accordée", "Réouverture refusée");
    }

    @Test
    void afterAHardDeadlineOnlyAGrantedExtensionLetsTheStateSubmit() {
        long sweden = sendToSweden(true);
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        LocalDate passed = LocalDate.now().minusDays(2);
        SystemScope.run(() -> system.moveDeadline(sweden, passed, "test", "a late State"));

        assertThat(workflow.allowedActions(sweden)).doesNotContain(WorkflowAction.SUBMIT)
                .contains(WorkflowAction.ASK_FOR_EXTENSION);
        assertThatThrownBy(() -> workflow.submit(sweden)).isInstanceOf(AssignmentException.class)
                .hasMessageStartingWith("The deadline of ").hasMessageContaining("has passed and is hard");
        assertThatThrownBy(() -> requests.askForExtension(sweden, LocalDate.now(), "The minister was away."))
                .as("a date already gone would not lift it").isInstanceOf(AssignmentException.class)
                .hasMessage("Choose a date after today.");
        CountryRequest asked = requests.askForExtension(sweden, LocalDate.now().plusDays(7), "The minister was away.");

        SignIn.as(users, "secretariat");
        requests.grant(asked.id(), "Granted once.");

        SignIn.as(users, "swe.focal");
        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);

        SystemScope.run(() -> system.moveDeadline(sweden, passed, "test", "a late State"));
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, java.util.Map.of(), "Please check question 5.");
        SignIn.as(users, "swe.focal");
        assertThat(workflow.submit(sweden).status()).as("returned by the secretariat: submitted again, deadline or not")
                .isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void moreTimeForAResponseSubmittedMeanwhileIsNotGranted() {
        long sweden = sendToSweden(false);
        SignIn.as(users, "swe.focal");
        CountryRequest asked = requests.askForExtension(sweden, deadline.plusDays(7), "Recess");
        submitAsSweden(sweden);

        SignIn.as(users, "secretariat");
        assertThatThrownBy(() -> requests.grant(asked.id(), "")).isInstanceOf(AssignmentException.class)
                .hasMessage("This questionnaire is submitted: more time is no longer needed.");
        assertThat(requests.refuse(asked.id(), "Submitted already.").decision()).isEqualTo(Decision.REFUSED);
    }

    @Test
    void aSoftDeadlineStillLetsALateStateSubmit() {
        long sweden = sendToSweden(false);
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        SystemScope.run(() -> system.moveDeadline(sweden, LocalDate.now().minusDays(2), "test", "a late State"));

        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    private void submitAsSweden(long sweden) {
        SignIn.as(users, "swe.focal");
        StoredAnswer stored = answers.open(sweden).answers().get("q1_used");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), stored == null ? 0 : stored.revision());
        workflow.submit(sweden);
    }

    private long sendToSweden(boolean hardDeadline) {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "REQ").id();
        NewCampaign campaign = new NewCampaign(version, "Requests", "", deadline, Set.of("SWE", "KEN"));
        long id = assignments.create(hardDeadline ? campaign.withHardDeadline() : campaign).id();
        List<Assignment> sent = assignments.assignments(id);
        return sent.stream().filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow().id();
    }

    private long campaignOf(long assignmentId) {
        return assignments.assignment(assignmentId).campaignId();
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.reminder.Colleagues.Colleague;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sweden's focal point gives sections of a response to a contributor: from then on the contributor changes those
 * sections and only reads the others, whatever the client sends, until the focal point lets colleagues change
 * everything or takes the work back. Bad choices are refused with a reason, and nothing is given then.
 */
@ConsoleTest
class DelegationsTest {

    @Autowired
    Delegations delegations;
    @Autowired
    AnswerService answers;
    @Autowired
    DocumentService documents;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "DLG");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void untilWorkIsGivenEveryContributorChangesEverySection() {
        SignIn.as(users, "swe.contributor");

        assertThat(answers.open(sweden).rights().mayEdit("s3_practice")).isTrue();
        assertThat(save("q3_cases", "12")).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void aContributorChangesTheSectionsGivenToThemAndReadsTheOthers() {
        assertThat(delegations.colleagues(sweden)).extracting(Colleague::username).contains("swe.contributor")
                .doesNotContain("swe.focal", "fra.contributor");
        LocalDate due = LocalDate.now().plusDays(7);
        List<Delegation> given = delegations.delegate(sweden, new NewDelegation(Set.of("swe.contributor"), false,
                Set.of("s2_legal", "s3_practice"), due, "  Please use the 2025 figures.  "));

        assertThat(given).extracting(d -> d.sectionKey().orElseThrow()).containsExactly("s2_legal", "s3_practice");
        assertThat(given).allSatisfy(d -> {
            assertThat(d.dueDate()).contains(due);
            assertThat(d.message()).isEqualTo("Please use the 2025 figures.");
            assertThat(d.assignedBy()).isEqualTo("swe.focal");
        });
        SignIn.as(users, "swe.contributor");
        SectionRights rights = answers.open(sweden).rights();
        assertThat(rights.assignedToMe()).containsExactly("s2_legal", "s3_practice");
        assertThat(rights.mayEdit("s1_general")).isFalse();
        assertThat(save("q3_cases", "12")).isInstanceOf(SaveOutcome.Saved.class);
        assertThatThrownBy(() -> save("q1_name", "Forged by a colleague")).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("The section I. General is given to colleagues");
        assertThat(documents.upload(sweden, "q2_laws", "law.pdf", new ByteArrayInputStream(
                TestFiles.pdf("Criminal code"))).name()).as("a file for a section given to them").isEqualTo("law.pdf");
        assertThat(delegations.givenToMe(List.of(assignments.assignment(sweden)))).hasEntrySatisfying(sweden, work -> {
            assertThat(work.wholeResponse()).isFalse();
            assertThat(work.sections()).extracting(s -> s.key()).containsExactly("s2_legal", "s3_practice");
            assertThat(work.dueDate()).contains(due);
        });

        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden).rights().mayEdit("s3_practice")).as("the focal point changes everything")
                .isTrue();
        assertThat(save("q1_name", "Swedish Police Authority")).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(answers.open(sweden).answers()).containsKey("q3_cases");
        assertThat(answers.open(sweden).answers().get("q1_name").value().asText()).isEqualTo("Swedish Police Authority");
    }

    @Test
    void aFileForASectionGivenToOthersIsRefused() {
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s3_practice")));
        SignIn.as(users, "swe.contributor");

        assertThatThrownBy(() -> documents.upload(sweden, "q2_laws", "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Criminal code")))).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("II. Legal framework is given to colleagues");
    }

    @Test
    void colleaguesLetChangeEverythingOrWorkTakenBackOpenEverySectionAgain() {
        long given = delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"),
                Set.of("s3_practice"))).get(0).id();

        delegations.letColleaguesEditAll(sweden, true);
        SignIn.as(users, "swe.contributor");
        assertThat(save("q1_name", "Allowed")).isInstanceOf(SaveOutcome.Saved.class);
        SignIn.as(users, "swe.focal");
        delegations.letColleaguesEditAll(sweden, false);
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> save("q1_name", "Not any more")).isInstanceOf(AssignmentException.class);

        SignIn.as(users, "swe.focal");
        delegations.withdraw(sweden, given);
        assertThat(delegations.ofResponse(sweden)).isEmpty();
        assertThatThrownBy(() -> delegations.withdraw(sweden, given)).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("withdrawn meanwhile");
        SignIn.as(users, "swe.contributor");
        assertThat(save("q1_name", "Open again")).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void theWholeResponseGivenLetsTheColleagueChangeEverySection() {
        delegations.delegate(sweden, new NewDelegation(Set.of("swe.contributor"), true, Set.of(), null, ""));
        SignIn.as(users, "swe.contributor");

        assertThat(answers.open(sweden).rights().assignedToMe()).containsExactly("s1_general", "s2_legal",
                "s3_practice");
        assertThat(save("q1_name", "Mine too")).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void givenAgainASectionKeepsItsPlaceAndTakesTheNewDateAndMessage() {
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s3_practice")));
        List<Delegation> again = delegations.delegate(sweden, new NewDelegation(Set.of("swe.contributor"), false,
                Set.of("s3_practice"), LocalDate.now().plusDays(3), "Sooner, please."));

        assertThat(again).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("Sooner, please."));
    }

    @Test
    void badChoicesAreRefusedWithTheReasonAndNothingIsGiven() {
        assertRefused(new NewDelegation(Set.of(), false, Set.of("s1_general"), null, ""), "Choose at least one colleague");
        assertRefused(NewDelegation.sections(Set.of("fra.contributor"), Set.of("s1_general")),
                "fra.contributor is not a contributor of your State");
        assertRefused(NewDelegation.sections(Set.of("swe.focal"), Set.of("s1_general")),
                "swe.focal is not a contributor of your State");
        assertRefused(NewDelegation.sections(Set.of("swe.contributor"), Set.of()), "Choose at least one section");
        assertRefused(NewDelegation.sections(Set.of("swe.contributor"), Set.of("s9_forged")),
                "The questionnaire has no section s9_forged");
        assertRefused(new NewDelegation(Set.of("swe.contributor"), false, Set.of("s1_general"),
                LocalDate.now().minusDays(1), ""), "from today on");
        assertRefused(new NewDelegation(Set.of("swe.contributor"), false, Set.of("s1_general"), null,
                "x".repeat(Delegations.MAX_MESSAGE + 1)), "at most 2000 characters");
        assertThat(delegations.ofResponse(sweden)).isEmpty();
    }

    @Test
    void onlyTheFocalPointGivesWorkAndOnlyWhileTheResponseIsAnswered() {
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"),
                Set.of("s1_general")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegations.letColleaguesEditAll(sweden, true))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "swe.focal");
        save("q1_name", "Swedish Police Authority");
        workflow.submit(sweden);
        assertThatThrownBy(() -> delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"),
                Set.of("s1_general")))).isInstanceOf(AssignmentException.class).hasMessageContaining("submitted");
    }

    private void assertRefused(NewDelegation work, String reason) {
        assertThatThrownBy(() -> delegations.delegate(sweden, work)).isInstanceOf(AssignmentException.class)
                .hasMessageContaining(reason);
    }

    private SaveOutcome save(String key, String value) {
        StoredAnswer stored = answers.open(sweden).answers().get(key);
        return answers.save(sweden, key, TextNode.valueOf(value), stored == null ? 0 : stored.revision());
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A country answers version 1 of a template; the next year's campaign uses version 2 (one question
 * dropped): the focal point copies earlier answers in, matched by key, and the history shows every change.
 */
@ConsoleTest
class PrefillAndHistoryTest {

    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService history;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden2022;
    private long sweden2024;
    private long france2024;

    @BeforeEach
    void twoYearsOfTheSameTemplate() {
        EarlierResponses earlier = EarlierResponses.create(users, templates, assignments, answers);
        sweden2022 = earlier.sweden2022();
        sweden2024 = earlier.sweden2024();
        france2024 = earlier.france2024();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theFocalPointSeesEarlierAnswersBesideTodaysAndCopiesTheChosenOnes() {
        SignIn.as(users, "swe.focal");

        Prefill prefill = answers.prefill(sweden2024, Language.EN).orElseThrow();

        assertThat(prefill.source().id()).isEqualTo(sweden2022);
        assertThat(prefill.sourceLabel()).isEqualTo("ICT 2022 (CU 2026/1)");
        assertThat(prefill.items()).extracting(Prefill.Item::questionKey)
                .as("q5_cases is not in version 2").containsExactly("q1_used", "q3_name");
        assertThat(prefill.items().get(0)).satisfies(item -> {
            assertThat(item.earlier()).isEqualTo("Yes");
            assertThat(item.current()).isEqualTo("No");
            assertThat(item.answeredNow()).isTrue();
        });

        List<String> notCopied = answers.copyEarlierAnswers(sweden2024, sweden2022, Map.of("q3_name", 0));

        assertThat(notCopied).isEmpty();
        Response response = answers.open(sweden2024);
        assertThat(response.answers().get("q3_name").value().asText()).isEqualTo("Swedish Police Authority");
        assertThat(response.answers().get("q1_used").value().asText()).as("not chosen").isEqualTo("no");
        assertThat(answers.prefill(sweden2024, Language.EN).orElseThrow().items()).extracting(Prefill.Item::questionKey)
                .containsExactly("q1_used");
    }

    @Test
    void aCopyNeverOverwritesAnAnswerAColleagueChangedMeanwhile() {
        SignIn.as(users, "swe.focal");

        List<String> notCopied = answers.copyEarlierAnswers(sweden2024, sweden2022, Map.of("q1_used", 0));

        assertThat(notCopied).containsExactly("q1_used");
        assertThat(answers.open(sweden2024).answers().get("q1_used").value().asText()).isEqualTo("no");
    }

    @Test
    void onlyTheCountrysOwnFocalPointCanCopyAndOnlyFromItsOwnResponses() {
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> answers.prefill(sweden2024, Language.EN)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "fra.focal");
        assertThatThrownBy(() -> answers.prefill(sweden2024, Language.EN)).isInstanceOf(AssignmentException.class);
        assertThat(answers.prefill(france2024, Language.EN)).as("France never answered").isEmpty();
        assertThatThrownBy(() -> answers.copyEarlierAnswers(france2024, sweden2022, Map.of("q3_name", 0)))
                .isInstanceOf(AssignmentException.class).hasMessageContaining("no earlier answers");
        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden2024).answers()).doesNotContainKey("q3_name");
    }

    @Test
    void theHistoryListsEveryChangeInWordsWithWhoAndWhere() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden2024, "q1_used", TextNode.valueOf("yes"), 1);
        answers.copyEarlierAnswers(sweden2024, sweden2022, Map.of("q3_name", 0));
        workflow.submit(sweden2024);
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden2024, Map.of("q3_name", "Which unit?"), "Almost there");

        for (String reader : new String[] {"secretariat", "swe.focal"}) {
            SignIn.as(users, reader);
            List<HistoryEntry> entries = history.history(sweden2024, Language.EN).entries();
            assertThat(entries).filteredOn(e -> e.kind() == HistoryEntry.Kind.ANSWER)
                    .extracting(HistoryEntry::actor, HistoryEntry::questionKey, HistoryEntry::before,
                            HistoryEntry::after)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("swe.focal", "q3_name", "", "Swedish Police Authority"),
                            org.assertj.core.groups.Tuple.tuple("swe.focal", "q1_used", "No", "Yes"),
                            org.assertj.core.groups.Tuple.tuple("swe.contributor", "q1_used", "", "No"));
            assertThat(entries).filteredOn(e -> e.what().equals("Answer copied")).singleElement()
                    .satisfies(e -> assertThat(e.note()).isEqualTo("Copied from ICT 2022 (CU 2026/1)"));
            assertThat(entries).filteredOn(e -> e.kind() == HistoryEntry.Kind.STATUS).extracting(HistoryEntry::what)
                    .containsExactly("Returned", "Submitted", "Started", "Assigned");
            assertThat(entries).filteredOn(e -> e.kind() == HistoryEntry.Kind.COMMENT).singleElement()
                    .satisfies(e -> assertThat(e.note()).isEqualTo("Which unit?"));
        }
    }

    @Test
    void theHistoryIsForTheSecretariatAndTheCountrysOwnFocalPoint() {
        SignIn.as(users, "fra.focal");
        assertThatThrownBy(() -> history.history(sweden2024, Language.EN)).isInstanceOf(AssignmentException.class);
        SignIn.as(users, "swe.contributor");
        assertThatThrownBy(() -> history.history(sweden2024, Language.EN)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "manager");
        assertThatThrownBy(() -> history.history(sweden2024, Language.EN)).isInstanceOf(AccessDeniedException.class);
    }
}

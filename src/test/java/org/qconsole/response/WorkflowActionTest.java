package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.Role;
import org.qconsole.model.Language;

/**
 * The workflow's table, every status × role × action, against the table written out here by hand: each
 * is allowed, or refused with a message a user can read (who may, or why not now).
 */
class WorkflowActionTest {

    /** Who may take each action in each status: S secretariat, M manager, F focal point, C contributor. */
    private static final String TABLE = """
            action                NOT_STARTED IN_PROGRESS SUBMITTED RETURNED ACCEPTED WITHDRAWN
            ANSWER                FC          FC          -         FC       -        -
            SUBMIT                F           F           -         F        -        -
            ACCEPT                -           -           S         -        -        -
            RETURN                -           -           S         -        -        -
            REOPEN                -           -           -         -        S        -
            COPY_EARLIER_ANSWERS  F           F           -         F        -        -
            SEE_HISTORY           SF          SF          SF        SF       SF       SF
            ASK_FOR_EXTENSION     F           F           -         F        -        -
            ASK_TO_REOPEN         -           -           F         -        F        -
            DELEGATE              F           F           -         F        -        -
            MARK_READY            C           C           -         C        -        -
            REVIEW_SECTIONS       F           F           -         F        -        -
            DISCUSS               FC          FC          -         FC       -        -
            """;
    private static final Map<Character, Role> LETTERS = Map.of('S', Role.SECRETARIAT, 'M', Role.MANAGER,
            'F', Role.COUNTRY_FOCAL_POINT, 'C', Role.COUNTRY_CONTRIBUTOR);

    static Stream<Arguments> everyStatusRoleAndAction() {
        List<Arguments> all = new ArrayList<>();
        List<String> rows = TABLE.lines().skip(1).toList();
        assertThat(rows).as("one row per action").hasSize(WorkflowAction.values().length);
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            WorkflowAction action = WorkflowAction.valueOf(cells[0]);
            for (AssignmentStatus status : AssignmentStatus.values()) {
                String who = cells[1 + status.ordinal()];
                for (Role role : Role.values()) {
                    boolean allowed = LETTERS.entrySet().stream()
                            .anyMatch(e -> e.getValue() == role && who.indexOf(e.getKey()) >= 0);
                    all.add(Arguments.of(action, status, role, allowed));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} may {0} a response that is {1}: {3}")
    @MethodSource("everyStatusRoleAndAction")
    void theTableSaysWhoMayDoWhatWhen(WorkflowAction action, AssignmentStatus status, Role role, boolean allowed) {
        CurrentUser user = user(role);

        assertThat(action.allows(status, user)).isEqualTo(allowed);
        assertThat(WorkflowAction.allowed(status, user).contains(action)).isEqualTo(allowed);
        Optional<String> refusal = action.refusedFor(user)
                .or(() -> action.refusedAt(status).map(Throwable::getMessage));
        assertThat(refusal.isEmpty()).as("refused exactly when not allowed").isEqualTo(allowed);
        refusal.ifPresent(message -> assertThat(message).as("a sentence in words").endsWith(".")
                .doesNotContain("_", "null", "Exception", "org.", action.name(), status.name()));
        action.refusedFor(user).ifPresent(message -> assertThat(message).as("says who may").startsWith("Only the"));
        if (action.refusedFor(user).isEmpty()) {
            action.refusedAt(status).ifPresent(refused -> assertThat(refused.getMessage()).as("says why not now")
                    .containsAnyOf(status.label().toLowerCase(), "Only an accepted response"));
        }
    }

    @Test
    void usersWithoutARoleMayDoNothingAndAnyOneOfSeveralRolesIsEnough() {
        for (AssignmentStatus status : AssignmentStatus.values()) {
            assertThat(WorkflowAction.allowed(status, user())).isEmpty();
        }
        assertThat(WorkflowAction.allowed(AssignmentStatus.SUBMITTED, user(Role.MANAGER, Role.SECRETARIAT)))
                .containsExactlyInAnyOrder(WorkflowAction.ACCEPT, WorkflowAction.RETURN, WorkflowAction.SEE_HISTORY);
    }

    @Test
    void eachStepLeadsWhereTheWorkflowSaysAndIsRecordedByName() {
        Map<WorkflowAction, AssignmentStatus> to = new EnumMap<>(WorkflowAction.class);
        Arrays.stream(WorkflowAction.values()).forEach(a -> a.to().ifPresent(status -> to.put(a, status)));

        assertThat(to).containsExactlyInAnyOrderEntriesOf(Map.of(WorkflowAction.SUBMIT, AssignmentStatus.SUBMITTED,
                WorkflowAction.ACCEPT, AssignmentStatus.ACCEPTED, WorkflowAction.RETURN, AssignmentStatus.RETURNED,
                WorkflowAction.REOPEN, AssignmentStatus.RETURNED));
        assertThat(to.keySet()).extracting(WorkflowAction::event)
                .containsExactlyInAnyOrder("submitted", "accepted", "returned", "reopened");
    }

    @Test
    void theMessagesSayWhatToDoInstead() {
        assertThat(WorkflowAction.RETURN.refusedAt(AssignmentStatus.ACCEPTED)).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("This response is accepted: reopen it to send it back to the country.");
        assertThat(WorkflowAction.ACCEPT.refusedAt(AssignmentStatus.IN_PROGRESS)).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("This questionnaire is in progress; it cannot be accepted now.");
        assertThat(WorkflowAction.ANSWER.refusedAt(AssignmentStatus.SUBMITTED)).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("This questionnaire is submitted: answers can no longer be changed.");
        assertThat(WorkflowAction.SUBMIT.refusedFor(user(Role.COUNTRY_CONTRIBUTOR))).contains(
                "Only the country's focal point can submit the questionnaire.");
    }

    @Test
    void aRefusalIsWordedInTheLanguageOfThePageThatShowsIt() {
        var refusal = WorkflowAction.ANSWER.refusedAt(AssignmentStatus.SUBMITTED).orElseThrow();

        assertThat(refusal.reason(Language.FR)).isEqualTo(
                "Ce questionnaire est soumis : les réponses ne peuvent plus être modifiées.");
        assertThat(refusal.reason(Language.RU)).isEqualTo(
                "Статус этого вопросника: представлен. Ответы больше нельзя изменить.");
        assertThat(refusal.reason(Language.EN)).isEqualTo(refusal.getMessage());
        assertThat(WorkflowAction.SUBMIT.refusedAt(AssignmentStatus.ACCEPTED).orElseThrow().reason(Language.ES))
                .isEqualTo("Este cuestionario está aceptado; no puede presentarse ahora.");
    }

    private static CurrentUser user(Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
        return new CurrentUser("someone", "Some One", set, Optional.empty(), Optional.empty());
    }
}

package org.qconsole.response;

import static org.qconsole.assignment.AssignmentStatus.ACCEPTED;
import static org.qconsole.assignment.AssignmentStatus.IN_PROGRESS;
import static org.qconsole.assignment.AssignmentStatus.NOT_STARTED;
import static org.qconsole.assignment.AssignmentStatus.RETURNED;
import static org.qconsole.assignment.AssignmentStatus.SUBMITTED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.DayWords;
import org.qconsole.common.Worded;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.Role;

/**
 * What a user can do with a response, and with it the table of the response workflow: who may take
 * each step, from which statuses, and where it leads. {@link ResponseWorkflow} is the one place that
 * applies this table; the fill-in page shows exactly the actions it allows.
 *
 * <p>Withdrawal is not here: it is the campaign's decision (the secretariat, on the campaign page) and
 * ends the workflow; from "withdrawn" only the history remains.
 */
public enum WorkflowAction {

    /** Answer questions; the first saved answer moves a not-started response to "in progress". */
    ANSWER(EnumSet.of(Role.COUNTRY_FOCAL_POINT, Role.COUNTRY_CONTRIBUTOR), Open.STATUSES, null, null,
            "Only the country's own users can answer its questionnaire."),
    /** Send the response to the secretariat (when every required, shown question is answered). */
    SUBMIT(EnumSet.of(Role.COUNTRY_FOCAL_POINT), Open.STATUSES, SUBMITTED, "submitted",
            "Only the country's focal point can submit the questionnaire."),
    ACCEPT(EnumSet.of(Role.SECRETARIAT), EnumSet.of(SUBMITTED), ACCEPTED, "accepted",
            "Only the secretariat can accept a response."),
    /** Send a submitted response back to the country, with comments on individual answers. */
    RETURN(EnumSet.of(Role.SECRETARIAT), EnumSet.of(SUBMITTED), RETURNED, "returned",
            "Only the secretariat can return a response to the country."),
    /** Open an accepted response again for the country. */
    REOPEN(EnumSet.of(Role.SECRETARIAT), EnumSet.of(ACCEPTED), RETURNED, "reopened",
            "Only the secretariat can reopen a response."),
    /** Copy in the country's answers to an earlier version of the same questionnaire. */
    COPY_EARLIER_ANSWERS(EnumSet.of(Role.COUNTRY_FOCAL_POINT), Open.STATUSES, null, null,
            "Only the country's focal point can copy earlier answers in."),
    SEE_HISTORY(EnumSet.of(Role.SECRETARIAT, Role.COUNTRY_FOCAL_POINT), EnumSet.allOf(AssignmentStatus.class), null,
            null, "Only the secretariat and the country's focal point can see a response's history."),
    /** Ask the secretariat for a later deadline, while the country still works on its answers. */
    ASK_FOR_EXTENSION(EnumSet.of(Role.COUNTRY_FOCAL_POINT), Open.STATUSES, null, null,
            "Only the country's focal point can ask the secretariat for more time."),
    /** Give sections of the response (or all of it) to colleagues of the country, while it is being answered. */
    DELEGATE(EnumSet.of(Role.COUNTRY_FOCAL_POINT), Open.STATUSES, null, null,
            "Only the country's focal point can give sections to colleagues."),
    /** Say a section is ready for the focal point's review (a contributor whose section it is, while answered). */
    MARK_READY(EnumSet.of(Role.COUNTRY_CONTRIBUTOR), Open.STATUSES, null, null,
            "Only the country's contributors mark a section ready for review (the focal point approves it)."),
    /** Approve a section (locking it), send it back with a comment, or open an approved one again. */
    REVIEW_SECTIONS(EnumSet.of(Role.COUNTRY_FOCAL_POINT), Open.STATUSES, null, null,
            "Only the country's focal point can approve sections or send them back."),
    /** Comment on questions for the colleagues of the country (never shown to the secretariat), while answered. */
    DISCUSS(EnumSet.of(Role.COUNTRY_FOCAL_POINT, Role.COUNTRY_CONTRIBUTOR), Open.STATUSES, null, null,
            "Only the country's own users discuss its answers among themselves."),
    /** Ask the secretariat to open a submitted or accepted response again, to correct it. */
    ASK_TO_REOPEN(EnumSet.of(Role.COUNTRY_FOCAL_POINT), EnumSet.of(SUBMITTED, ACCEPTED), null, null,
            "Only the country's focal point can ask the secretariat to reopen a response.");

    /** Statuses in which the country still works on its answers (enum constants cannot refer to their own statics). */
    private static final class Open {
        static final Set<AssignmentStatus> STATUSES = EnumSet.of(NOT_STARTED, IN_PROGRESS, RETURNED);
    }

    private final Set<Role> roles;
    private final Set<AssignmentStatus> from;
    private final AssignmentStatus to;
    private final String event;
    private final String whoMay;

    WorkflowAction(Set<Role> roles, Set<AssignmentStatus> from, AssignmentStatus to, String event, String whoMay) {
        this.roles = Set.copyOf(roles);
        this.from = Set.copyOf(from);
        this.to = to;
        this.event = event;
        this.whoMay = whoMay;
    }

    /** The statuses this action can be taken from. */
    public Set<AssignmentStatus> from() {
        return from;
    }

    /** Where the action leads; empty for an action that leaves the status as it is. */
    public Optional<AssignmentStatus> to() {
        return Optional.ofNullable(to);
    }

    /** What the action is called in the response's history ("submitted", "reopened"...). */
    String event() {
        return event;
    }

    /** Why this user may not take this action at all, whatever the status; empty when their roles allow it. */
    Optional<String> refusedFor(CurrentUser user) {
        return roles.stream().anyMatch(user::has) ? Optional.empty() : Optional.of(whoMay);
    }

    /** Why this action cannot be taken in this status; empty when it can. */
    Optional<AssignmentException> refusedAt(AssignmentStatus status) {
        if (from.contains(status)) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case ANSWER, COPY_EARLIER_ANSWERS, DELEGATE, MARK_READY, REVIEW_SECTIONS, DISCUSS -> AssignmentException.because("response.refused.closed", status);
            case REOPEN -> AssignmentException.because("response.refused.reopenNotAccepted");
            case RETURN -> status == ACCEPTED ? AssignmentException.because("response.refused.returnAccepted")
                    : AssignmentException.because("response.refused.return", status);
            case SUBMIT -> AssignmentException.because("response.refused.submit", status);
            case ACCEPT -> AssignmentException.because("response.refused.accept", status);
            case SEE_HISTORY -> AssignmentException.because("response.refused.changedMeanwhile"); // from any status
            case ASK_FOR_EXTENSION -> AssignmentException.because("request.refused.extensionAt", status);
            case ASK_TO_REOPEN -> AssignmentException.because("request.refused.reopeningAt", status);
        });
    }

    /**
     * Why this action cannot be taken on this assignment today; empty when it can. Beyond the status: after a
     * hard deadline, a response not submitted yet cannot be until the secretariat extends it (one the secretariat
     * returned or reopened can be submitted again: it was submitted in time, and the secretariat asks for it).
     */
    Optional<AssignmentException> refusedOn(Assignment assignment, LocalDate today) {
        if (this == SUBMIT && EnumSet.of(NOT_STARTED, IN_PROGRESS).contains(assignment.status())
                && assignment.pastHardDeadline(today)) {
            Worded deadline = language -> DayWords.day(assignment.deadline(), language);
            return Optional.of(AssignmentException.because("response.refused.pastHardDeadline", deadline));
        }
        return refusedAt(assignment.status());
    }

    boolean allows(AssignmentStatus status, CurrentUser user) {
        return refusedFor(user).isEmpty() && refusedAt(status).isEmpty();
    }

    /** Every action this user may take on a response in this status. */
    static Set<WorkflowAction> allowed(AssignmentStatus status, CurrentUser user) {
        return Collections.unmodifiableSet(Arrays.stream(values()).filter(action -> action.allows(status, user))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowAction.class))));
    }

    /** Every action this user may take on this response today (its status, and its deadline if hard). */
    static Set<WorkflowAction> allowed(Assignment assignment, CurrentUser user, LocalDate today) {
        return Collections.unmodifiableSet(Arrays.stream(values())
                .filter(action -> action.refusedFor(user).isEmpty() && action.refusedOn(assignment, today).isEmpty())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowAction.class))));
    }
}

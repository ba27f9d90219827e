package org.qconsole.response;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.common.DayWords;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.response.CountryRequest.Decision;
import org.qconsole.response.CountryRequest.Kind;
import org.qconsole.reminder.CountryNotices;
import org.qconsole.response.repository.CountryRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's focal point asks the secretariat for more time, or for a submitted response to be opened again;
 * the secretariat grants or refuses, with a comment. One request of each kind waits at a time on a response.
 * Granting does what was asked in the same transaction (the State's deadline moves; the response goes back to
 * the country through the workflow), so a request is never granted without effect. Every step is recorded on
 * the response's history; the country sees its requests and the decisions on its response's page, the
 * secretariat and managers on the campaign's dashboard.
 */
@Service
@Transactional
public class CountryRequests {

    /** Longest reason or comment, in characters: a paragraph or two, not a document. */
    static final int MAX_TEXT = 2000;
    /** How far beyond the current deadline an extension may be asked for. */
    static final int MAX_EXTENSION_DAYS = 366;

    private final ResponseWorkflow workflow;
    private final AssignmentService assignments;
    private final CountryRequestRepository requests;
    private final CurrentUserService currentUsers;
    private final CountryNotices notices;

    CountryRequests(ResponseWorkflow workflow, AssignmentService assignments, CountryRequestRepository requests,
            CurrentUserService currentUsers, CountryNotices notices) {
        this.notices = notices;
        this.workflow = workflow;
        this.assignments = assignments;
        this.requests = requests;
        this.currentUsers = currentUsers;
    }

    /** Asks for the State's deadline to move to {@code until}, saying why. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public CountryRequest askForExtension(long assignmentId, LocalDate until, String reason) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.ASK_FOR_EXTENSION);
        String why = text(reason, "request.refused.noReason");
        if (until == null || !until.isAfter(assignment.deadline())) {
            throw AssignmentException.because("request.refused.notLater", day(assignment.deadline()));
        }
        if (!until.isAfter(Assignment.today())) {
            throw AssignmentException.because("request.refused.notAfterToday");
        }
        if (until.isAfter(assignment.deadline().plusDays(MAX_EXTENSION_DAYS))) {
            throw AssignmentException.because("request.refused.tooFar", day(assignment.deadline()));
        }
        return ask(assignment, Kind.EXTENSION, why, until, HistoryWords.extensionRequested(until, why));
    }

    /** Asks for the submitted (or accepted) response to be opened again, saying what needs correcting. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public CountryRequest askToReopen(long assignmentId, String reason) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.ASK_TO_REOPEN);
        String why = text(reason, "request.refused.noReason");
        return ask(assignment, Kind.REOPENING, why, null, why);
    }

    /** Grants a waiting request and does what it asks: the deadline moves, or the response goes back to the country. */
    @RolesAllowed(Roles.SECRETARIAT)
    public CountryRequest grant(long requestId, String comment) {
        CountryRequest request = waiting(requestId);
        String note = comment == null ? "" : comment.strip();
        if (note.length() > MAX_TEXT) {
            throw AssignmentException.because("request.refused.tooLong", String.valueOf(MAX_TEXT));
        }
        if (request.kind() == Kind.EXTENSION) {
            AssignmentStatus status = assignments.assignment(request.assignmentId()).status();
            if (!status.isAwaited()) {
                throw AssignmentException.because("request.refused.noLongerAwaited", status);
            }
            assignments.extendDeadline(request.assignmentId(), request.until().orElseThrow());
        } else {
            reopen(request, note.isEmpty() ? request.reason() : note);
        }
        return decide(request, Decision.GRANTED, note);
    }

    /** Refuses a waiting request; the comment tells the country why. */
    @RolesAllowed(Roles.SECRETARIAT)
    public CountryRequest refuse(long requestId, String comment) {
        CountryRequest request = waiting(requestId);
        return decide(request, Decision.REFUSED, text(comment, "request.refused.refuseWithoutComment"));
    }

    /** A response's requests, the latest first: for its country and the secretariat. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<CountryRequest> ofResponse(long assignmentId) {
        assignments.assignment(assignmentId); // another country's response is not found
        return requests.ofAssignment(assignmentId);
    }

    /** Campaigns whose States wait for a decision: for the secretariat's home page. */
    public record Waiting(long campaignId, String campaignTitle, int requests) {
    }

    /** The campaigns with requests waiting for the secretariat's decision, the one waiting longest first. */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        return requests.waiting();
    }

    /** Whether the signed-in user may grant and refuse requests (the secretariat; managers only read them). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    public boolean mayDecide() {
        return currentUsers.require().has(Role.SECRETARIAT);
    }

    /** A campaign's requests, those waiting for a decision first. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CountryRequest> ofCampaign(long campaignId) {
        assignments.campaign(campaignId);
        return requests.ofCampaign(campaignId);
    }

    private CountryRequest ask(Assignment assignment, Kind kind, String reason, LocalDate until, String detail) {
        String actor = currentUsers.require().username();
        long id = requests.insert(assignment.id(), assignment.country().alpha3(), kind, reason, until, actor)
                .orElseThrow(() -> AssignmentException.because("request.refused.waitingAlready", kind));
        requests.recordEvent(assignment.id(), assignment.country().alpha3(), event(kind, "requested"), actor, detail);
        return requests.find(id).orElseThrow();
    }

    private void reopen(CountryRequest request, String note) {
        AssignmentStatus status = assignments.assignment(request.assignmentId()).status();
        switch (status) {
            case SUBMITTED -> workflow.returnToCountry(request.assignmentId(), Map.of(), note);
            case ACCEPTED -> workflow.reopen(request.assignmentId(), note);
            default -> throw AssignmentException.because("request.refused.notReopenable", status);
        }
    }

    private CountryRequest decide(CountryRequest request, Decision decision, String comment) {
        String actor = currentUsers.require().username();
        if (!requests.decide(request.id(), decision, actor, comment)) {
            throw AssignmentException.because("request.refused.decidedMeanwhile");
        }
        requests.recordEvent(request.assignmentId(), request.country(),
                event(request.kind(), decision == Decision.GRANTED ? "granted" : "refused"), actor, comment);
        Assignment assignment = assignments.assignment(request.assignmentId());
        Worded said = comment.isEmpty() ? language -> "" : new Phrase("request.mail.comment", comment);
        Worded asked = request.until().<Worded>map(until -> new Phrase("request.mail.until", day(until)))
                .orElse(request.kind());
        notices.tell(request.requestedBy(), request.country(), request.assignmentId(),
                "request.mail.subject." + decision.name(), "request.mail.body." + decision.name(),
                assignment.campaignTitle(), asked, said);
        return requests.find(request.id()).orElseThrow();
    }

    private CountryRequest waiting(long requestId) {
        CountryRequest request = requests.find(requestId).orElseThrow(() ->
                AssignmentException.because("request.refused.noRequest", String.valueOf(requestId)));
        if (!request.isPending()) {
            throw AssignmentException.because("request.refused.decidedAlready", request.decision());
        }
        return request;
    }

    /** The event's stored name: "extension requested", "reopening granted"... (worded by {@link HistoryWords}). */
    private static String event(Kind kind, String what) {
        return kind.dbValue() + " " + what;
    }

    private static String text(String value, String missingKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw AssignmentException.because(missingKey);
        }
        if (text.length() > MAX_TEXT) {
            throw AssignmentException.because("request.refused.tooLong", String.valueOf(MAX_TEXT));
        }
        return text;
    }

    private static Worded day(LocalDate date) {
        return language -> DayWords.day(date, language);
    }
}

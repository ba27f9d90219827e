package org.qconsole.response;

import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Set;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.model.Section;
import org.qconsole.reminder.CountryNotices;
import org.qconsole.response.SectionReview.State;
import org.qconsole.response.repository.DelegationRepository;
import org.qconsole.response.repository.SectionReviewRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The country's internal review, section by section: a colleague who answers a section marks it ready for review;
 * the focal point approves it (which locks it for everyone, until they open it again) or sends it back with a
 * comment. Each step is told by e-mail: the focal point who gave the section hears it is ready, the colleagues who
 * have it hear it was sent back or approved. The review is the country's own: the secretariat does not see it.
 * Submitting approves the sections not approved yet in one step ({@link ResponseWorkflow#submit}).
 */
@Service
@Transactional
public class SectionReviews {

    /** Longest comment, in characters. */
    static final int MAX_COMMENT = 2000;

    private final ResponseWorkflow workflow;
    private final TemplateService templates;
    private final SectionReviewRepository reviews;
    private final DelegationRepository delegations;
    private final CurrentUserService currentUsers;
    private final CountryNotices notices;

    SectionReviews(ResponseWorkflow workflow, TemplateService templates, SectionReviewRepository reviews,
            DelegationRepository delegations, CurrentUserService currentUsers, CountryNotices notices) {
        this.workflow = workflow;
        this.templates = templates;
        this.reviews = reviews;
        this.delegations = delegations;
        this.currentUsers = currentUsers;
        this.notices = notices;
    }

    /** A colleague who may change the section says it is ready for the focal point's review. */
    @RolesAllowed(Roles.COUNTRY_CONTRIBUTOR)
    public SectionReview markReady(long assignmentId, String sectionKey) {
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.MARK_READY);
        Section section = section(assignment, sectionKey);
        CurrentUser user = currentUsers.require();
        State now = state(assignmentId, sectionKey);
        if (now == State.READY_FOR_REVIEW || now == State.APPROVED) {
            throw AssignmentException.because("review.refused.already." + now.name(), heading(section));
        }
        if (delegations.closed(assignmentId, user.username(), user.has(Role.COUNTRY_FOCAL_POINT), sectionKey)
                .isPresent()) {
            throw AssignmentException.because("delegation.refused.notYours", heading(section));
        }
        SectionReview review = record(assignment, section, State.READY_FOR_REVIEW, "");
        givers(assignmentId, sectionKey).forEach(focalPoint -> tell(focalPoint, assignment, section, review));
        return review;
    }

    /** The focal point approves the section: locked for everyone until they open it again. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public SectionReview approve(long assignmentId, String sectionKey) {
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.REVIEW_SECTIONS);
        Section section = section(assignment, sectionKey);
        if (state(assignmentId, sectionKey) == State.APPROVED) {
            throw AssignmentException.because("review.refused.already.APPROVED", heading(section));
        }
        SectionReview review = record(assignment, section, State.APPROVED, "");
        holders(assignmentId, sectionKey).forEach(colleague -> tell(colleague, assignment, section, review));
        return review;
    }

    /** The focal point sends a section marked ready back to the colleagues, saying what needs doing. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public SectionReview sendBack(long assignmentId, String sectionKey, String comment) {
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.REVIEW_SECTIONS);
        Section section = section(assignment, sectionKey);
        if (state(assignmentId, sectionKey) != State.READY_FOR_REVIEW) {
            throw AssignmentException.because("review.refused.notReady", heading(section));
        }
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw AssignmentException.because("review.refused.noComment");
        }
        if (why.length() > MAX_COMMENT) {
            throw AssignmentException.because("review.refused.tooLong", String.valueOf(MAX_COMMENT));
        }
        SectionReview review = record(assignment, section, State.SENT_BACK, why);
        holders(assignmentId, sectionKey).forEach(colleague -> tell(colleague, assignment, section, review));
        return review;
    }

    /** The focal point opens an approved section again (to correct it): a draft once more. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public SectionReview reopen(long assignmentId, String sectionKey) {
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.REVIEW_SECTIONS);
        Section section = section(assignment, sectionKey);
        if (state(assignmentId, sectionKey) != State.APPROVED) {
            throw AssignmentException.because("review.refused.notApproved", heading(section));
        }
        return record(assignment, section, State.DRAFT, "");
    }

    private SectionReview record(Assignment assignment, Section section, State state, String comment) {
        reviews.record(assignment.id(), assignment.country().alpha3(), section.key(), state, comment,
                currentUsers.require().username());
        return reviews.ofResponse(assignment.id()).get(section.key());
    }

    private State state(long assignmentId, String sectionKey) {
        SectionReview review = reviews.ofResponse(assignmentId).get(sectionKey);
        return review == null ? State.DRAFT : review.state();
    }

    private Section section(Assignment assignment, String sectionKey) {
        return templates.published(assignment.templateVersionId()).definition().sections().stream()
                .filter(section -> section.key().equals(sectionKey)).findFirst()
                .orElseThrow(() -> AssignmentException.because("delegation.refused.noSuchSection", sectionKey));
    }

    /** The focal points who gave the section (or the whole response) to colleagues. */
    private Set<String> givers(long assignmentId, String sectionKey) {
        Set<String> givers = new LinkedHashSet<>();
        delegations.current(assignmentId).stream().filter(d -> d.covers(sectionKey))
                .forEach(d -> givers.add(d.assignedBy()));
        return givers;
    }

    /** The colleagues the section (or the whole response) is given to. */
    private Set<String> holders(long assignmentId, String sectionKey) {
        Set<String> holders = new LinkedHashSet<>();
        delegations.current(assignmentId).stream().filter(d -> d.covers(sectionKey))
                .forEach(d -> holders.add(d.assignee()));
        return holders;
    }

    private void tell(String username, Assignment assignment, Section section, SectionReview review) {
        if (username.equals(currentUsers.require().username())) {
            return;
        }
        Worded comment = review.comment().isEmpty() ? language -> ""
                : new Phrase("review.mail.comment", review.comment());
        notices.tell(username, assignment.country().alpha3(), assignment.id(),
                "review.mail.subject." + review.state().name(), "review.mail.body." + review.state().name(),
                assignment.campaignTitle(), heading(section), currentUsers.require().displayName(), comment);
    }

    private static Worded heading(Section section) {
        return language -> section.heading(language);
    }
}

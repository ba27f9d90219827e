package org.qconsole.response;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.DayWords;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.AnswerSlot;
import org.qconsole.reminder.Colleagues;
import org.qconsole.reminder.Colleagues.Colleague;
import org.qconsole.reminder.CountryNotices;
import org.qconsole.response.repository.DelegationRepository;
import org.qconsole.response.repository.SectionReviewRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work inside a country: the focal point gives sections of a response (or all of it) to contributors of the
 * State, with an internal due date and a message; each colleague is told by e-mail. Once any work is given, a
 * contributor changes only the sections given to them (unless the focal point lets colleagues edit every
 * section) and reads the others: {@link SectionRights}, applied to every save and upload, whatever the client
 * sends. Delegations are the country's own: the secretariat neither sees nor changes them.
 */
@Service
@Transactional
public class Delegations {

    /** Longest message to colleagues, in characters. */
    static final int MAX_MESSAGE = 2000;

    private final ResponseWorkflow workflow;
    private final AssignmentService assignments;
    private final TemplateService templates;
    private final DelegationRepository delegations;
    private final CurrentUserService currentUsers;
    private final Colleagues colleagues;
    private final CountryNotices notices;
    private final SectionReviewRepository reviews;

    Delegations(ResponseWorkflow workflow, AssignmentService assignments, TemplateService templates,
            DelegationRepository delegations, CurrentUserService currentUsers, Colleagues colleagues,
            CountryNotices notices, SectionReviewRepository reviews) {
        this.reviews = reviews;
        this.workflow = workflow;
        this.assignments = assignments;
        this.templates = templates;
        this.delegations = delegations;
        this.currentUsers = currentUsers;
        this.colleagues = colleagues;
        this.notices = notices;
    }

    /** The contributors of the response's State the focal point can give its sections to. */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(long assignmentId) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.DELEGATE);
        return colleagues.contributorsOf(assignment.country().alpha3());
    }

    /** The work given on a response now, in the order it was given: for the State's own users. */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<Delegation> ofResponse(long assignmentId) {
        assignments.assignment(assignmentId); // another State's response is not found
        return delegations.current(assignmentId);
    }

    /**
     * Gives each colleague the chosen sections (or the whole response) and tells them by e-mail once committed.
     * Given again, a section keeps its place and takes the new due date and message.
     *
     * @return the work given on the response now
     */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public List<Delegation> delegate(long assignmentId, NewDelegation work) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.DELEGATE);
        Set<String> known = colleagues.contributorsOf(assignment.country().alpha3()).stream()
                .map(Colleague::username).collect(Collectors.toSet());
        if (work.assignees().isEmpty()) {
            throw AssignmentException.because("delegation.refused.noColleague");
        }
        for (String assignee : work.assignees()) {
            if (!known.contains(assignee)) {
                throw AssignmentException.because("delegation.refused.notColleague", assignee);
            }
        }
        TemplateDefinition questionnaire = templates.published(assignment.templateVersionId()).definition();
        List<Section> sections = sections(questionnaire, work);
        if (work.dueDate() != null && work.dueDate().isBefore(Assignment.today())) {
            throw AssignmentException.because("delegation.refused.dueInPast");
        }
        if (work.message().length() > MAX_MESSAGE) {
            throw AssignmentException.because("delegation.refused.tooLong", String.valueOf(MAX_MESSAGE));
        }
        CurrentUser focalPoint = currentUsers.require();
        String country = assignment.country().alpha3();
        for (String assignee : new java.util.TreeSet<>(work.assignees())) {
            if (work.wholeResponse()) {
                delegations.assign(assignmentId, country, null, assignee, work.dueDate(), work.message(),
                        focalPoint.username());
            } else {
                sections.forEach(section -> delegations.assign(assignmentId, country, section.key(), assignee,
                        work.dueDate(), work.message(), focalPoint.username()));
            }
            tell(assignee, assignment, work, sections, focalPoint.displayName());
        }
        return delegations.current(assignmentId);
    }

    /** Takes work back from a colleague (kept on record, marked withdrawn). */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public void withdraw(long assignmentId, long delegationId) {
        workflow.permitted(assignmentId, WorkflowAction.DELEGATE);
        if (!delegations.withdraw(assignmentId, delegationId, currentUsers.require().username())) {
            throw AssignmentException.because("delegation.refused.noDelegation");
        }
    }

    /** Lets every contributor edit every section, or only what is given to them (once anything is). */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public void letColleaguesEditAll(long assignmentId, boolean all) {
        workflow.permitted(assignmentId, WorkflowAction.DELEGATE);
        delegations.letColleaguesEditAll(assignmentId, all);
    }

    /** Whether contributors may edit every section of the response (as the focal point chose). */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public boolean colleaguesEditAll(long assignmentId) {
        assignments.assignment(assignmentId);
        return delegations.colleaguesEditAll(assignmentId);
    }

    /** The work given to the signed-in user on one response: sections (all of them for the whole), by when. */
    public record GivenWork(boolean wholeResponse, List<Section> sections, java.util.Optional<LocalDate> dueDate) {
    }

    /** The work given to the signed-in user on each of these responses (those with none left out): for the inbox. */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Map<Long, GivenWork> givenToMe(Collection<Assignment> of) {
        Map<Long, List<Delegation>> byResponse = new LinkedHashMap<>();
        if (!of.isEmpty()) {
            delegations.toAssignee(currentUsers.require().username(), of.stream().map(Assignment::id).toList())
                    .forEach(d -> byResponse.computeIfAbsent(d.assignmentId(), id -> new ArrayList<>()).add(d));
        }
        Map<Long, GivenWork> given = new LinkedHashMap<>();
        for (Assignment assignment : of) {
            List<Delegation> mine = byResponse.get(assignment.id());
            if (mine != null) {
                List<Section> sections = templates.published(assignment.templateVersionId()).definition().sections()
                        .stream().filter(section -> mine.stream().anyMatch(d -> d.covers(section.key()))).toList();
                given.put(assignment.id(), new GivenWork(mine.stream().anyMatch(Delegation::wholeResponse), sections,
                        mine.stream().flatMap(d -> d.dueDate().stream()).min(LocalDate::compareTo)));
            }
        }
        return given;
    }

    /** What the signed-in user may change on this response (read from the database for a contributor). */
    SectionRights rightsOn(Assignment assignment, TemplateDefinition questionnaire) {
        CurrentUser user = currentUsers.require();
        boolean answering = WorkflowAction.ANSWER.allows(assignment.status(), user);
        if (!user.isCountryUser()) {
            return SectionRights.READ_ONLY;
        }
        List<Delegation> all = delegations.current(assignment.id());
        List<Delegation> mine = all.stream().filter(d -> d.assignee().equals(user.username())).toList();
        Set<String> assignedToMe = new LinkedHashSet<>();
        questionnaire.sections().stream().map(Section::key)
                .filter(key -> mine.stream().anyMatch(d -> d.covers(key))).forEach(assignedToMe::add);
        boolean everySection = user.has(Role.COUNTRY_FOCAL_POINT) || all.isEmpty()
                || mine.stream().anyMatch(Delegation::wholeResponse) || delegations.colleaguesEditAll(assignment.id());
        return new SectionRights(true, answering, everySection, assignedToMe, reviews.ofResponse(assignment.id()));
    }

    /**
     * Refuses a change to a slot in a section that is not the signed-in user's to change now: approved (locked for
     * everyone), or given to colleagues other than this contributor. One statement (a save applies the same rule
     * in its write, and asks here only for the reason).
     */
    void requireMayChange(Assignment assignment, AnswerSlot slot) {
        CurrentUser user = currentUsers.require();
        Worded section = language -> slot.section().heading(language);
        delegations.closed(assignment.id(), user.username(), user.has(Role.COUNTRY_FOCAL_POINT), slot.section().key())
                .ifPresent(closed -> {
                    throw AssignmentException.because(closed == DelegationRepository.Closed.APPROVED
                            ? "review.refused.approved" : "delegation.refused.notYours", section);
                });
    }

    private static List<Section> sections(TemplateDefinition questionnaire, NewDelegation work) {
        if (work.wholeResponse()) {
            return List.of();
        }
        if (work.sectionKeys().isEmpty()) {
            throw AssignmentException.because("delegation.refused.noSection");
        }
        Map<String, Section> byKey = new LinkedHashMap<>();
        questionnaire.sections().forEach(section -> byKey.put(section.key(), section));
        for (String key : work.sectionKeys()) {
            if (!byKey.containsKey(key)) {
                throw AssignmentException.because("delegation.refused.noSuchSection", key);
            }
        }
        return byKey.values().stream().filter(section -> work.sectionKeys().contains(section.key())).toList();
    }

    /** "Sections II, III of … by 15 January 2027", in the colleague's language. */
    private void tell(String assignee, Assignment assignment, NewDelegation work, List<Section> sections, String by) {
        Worded what = work.wholeResponse() ? new Phrase("delegation.mail.whole") : language -> sections.stream()
                .map(section -> "\n- " + section.heading(language)).collect(Collectors.joining());
        LocalDate due = work.dueDate();
        Worded when = due == null ? language -> ""
                : language -> Messages.text(language, "delegation.mail.due", DayWords.day(due, language));
        Worded note = work.message().isEmpty() ? language -> ""
                : new Phrase("delegation.mail.message", work.message());
        notices.tell(assignee, assignment.country().alpha3(), assignment.id(), "delegation.mail.subject",
                "delegation.mail.body", assignment.campaignTitle(), what, when, note, by);
    }
}

package org.qconsole.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qconsole.assignment.repository.CampaignRepository;
import org.qconsole.assignment.repository.CampaignRepository.AssignmentRow;
import org.qconsole.common.Listed;
import org.qconsole.common.Phrase;
import org.qconsole.common.StorableText;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationService;
import org.qconsole.template.VersionStatus;
import org.qconsole.template.translation.TextUnits;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending questionnaires to member States: the secretariat creates campaigns, adds States, extends
 * deadlines and withdraws assignments; managers read everything; a country user sees only their own
 * country's assignments (checked here, and by row-level security in the database).
 */
@Service
@Transactional
public class AssignmentService {

    /** The sizes of the campaign's columns. */
    static final int MAX_TITLE = 300;
    static final int MAX_REFERENCE = 200;
    /** How many of a language's missing texts a refusal quotes, and how much of each. */
    private static final int MISSING_NAMED = 3;
    private static final int SHORT_TEXT = 40;

    private final CampaignRepository campaigns;
    private final TemplateService templates;
    private final TranslationService translations;
    private final MemberStateService memberStates;
    private final CurrentUserService currentUsers;
    private final Clock clock;

    AssignmentService(CampaignRepository campaigns, TemplateService templates, TranslationService translations,
            MemberStateService memberStates, CurrentUserService currentUsers, java.util.Optional<Clock> clock) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.translations = translations;
        this.memberStates = memberStates;
        this.currentUsers = currentUsers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Sends a published version to the given States, one assignment each. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Campaign create(NewCampaign request) {
        TemplateVersion version = templates.version(request.templateVersionId());
        if (version.status() != VersionStatus.PUBLISHED) {
            throw AssignmentException.because("assignment.refused.notPublished", version.label(), version.status());
        }
        if (request.title() == null || request.title().isBlank()) {
            throw AssignmentException.because("assignment.refused.noTitle");
        }
        requireStorable(request.title(), MAX_TITLE, "assignment.refused.tooLong.title",
                "assignment.refused.nul.title");
        requireStorable(request.circularReference(), MAX_REFERENCE, "assignment.refused.tooLong.reference",
                "assignment.refused.nul.reference");
        requireFutureDeadline(request.deadline());
        Set<String> countries = validCountries(request.countries());
        requireTranslated(version, request.languages());
        String actor = actor();
        long campaignId = campaigns.insertCampaign(version.id(), request.title().trim(),
                request.circularReference() == null ? "" : request.circularReference().trim(), request.deadline(),
                request.hardDeadline(), request.languages(), actor);
        campaigns.insertAssignments(campaignId, countries, request.deadline(), actor)
                .forEach((country, id) -> campaigns.recordEvent(id, country, "assigned", actor,
                        HistoryWords.assignedWithDeadline(request.deadline(), false)));
        return campaign(campaignId);
    }

    /**
     * A campaign promises its States the questionnaire in each language it declares: every text of the
     * version must have its translation, and a published version's texts never change.
     */
    private void requireTranslated(TemplateVersion version, Set<Language> languages) {
        List<Phrase> incomplete = new ArrayList<>();
        for (Language language : new TreeSet<>(languages)) {
            List<TextUnits.Unit> missing = language == Language.EN ? List.of()
                    : translations.missing(version.id(), language);
            if (!missing.isEmpty()) {
                incomplete.add(new Phrase("assignment.refused.untranslatedLanguage",
                        language.nativeName(), missing.size(), new Listed(
                                "assignment.refused.textSeparator", missing.stream().limit(MISSING_NAMED)
                                        .map(unit -> new Phrase("assignment.refused.quoted",
                                                shortened(unit.english()))).toList())));
            }
        }
        if (!incomplete.isEmpty()) {
            throw AssignmentException.because("assignment.refused.untranslated", version.label(),
                    new Listed("assignment.refused.languageSeparator", incomplete),
                    incomplete.size());
        }
    }

    private static String shortened(String text) {
        String plain = text.replaceAll("<[^>]*>", "").strip();
        return plain.length() <= SHORT_TEXT ? plain : plain.substring(0, SHORT_TEXT - 1) + "…";
    }

    /** Adds States to a campaign; States already in it are left as they are. */
    @RolesAllowed(Roles.SECRETARIAT)
    public int addCountries(long campaignId, Set<String> countries) {
        Campaign campaign = campaign(campaignId);
        Set<String> valid = validCountries(countries);
        String actor = actor();
        var created = campaigns.insertAssignments(campaignId, valid, campaign.deadline(), actor);
        created.forEach((country, id) -> campaigns.recordEvent(id, country, "assigned", actor,
                HistoryWords.assignedWithDeadline(campaign.deadline(), true)));
        return created.size();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment extendDeadline(long assignmentId, LocalDate newDeadline) {
        AssignmentRow row = row(assignmentId);
        if (newDeadline == null || !newDeadline.isAfter(row.deadline())) {
            throw AssignmentException.because("assignment.refused.deadlineNotLater", row.deadline().toString());
        }
        campaigns.updateDeadline(assignmentId, newDeadline);
        campaigns.recordEvent(assignmentId, row.country(), "deadline extended", actor(),
                HistoryWords.deadlineMoved(row.deadline(), newDeadline, null));
        return assignment(assignmentId);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment withdraw(long assignmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw AssignmentException.because("assignment.refused.withdrawWithoutReason");
        }
        AssignmentRow row = row(assignmentId);
        if (!campaigns.withdraw(assignmentId, reason.trim())) {
            throw AssignmentException.because("assignment.refused.withdrawnAlready");
        }
        campaigns.recordEvent(assignmentId, row.country(), "withdrawn", actor(), reason.trim());
        return assignment(assignmentId);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        return campaigns.findCampaigns();
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId) {
        return campaigns.findCampaign(campaignId)
                .orElseThrow(() -> AssignmentException.because("assignment.refused.noCampaign", String.valueOf(campaignId)));
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<Assignment> assignments(long campaignId) {
        return campaigns.findAssignments(campaignId).stream().map(this::withState).toList();
    }

    /** The signed-in country user's assignments: their own country's, and only those. */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<Assignment> myAssignments() {
        CurrentUser user = currentUsers.require();
        MemberState country = user.country().orElseThrow(() -> new AccessDeniedException("No country"));
        return campaigns.findAssignmentsOfCountry(country.alpha3()).stream()
                .filter(row -> row.country().equals(country.alpha3()))
                .map(this::withState).toList();
    }

    /** One assignment, for whoever may see it: the secretariat, managers, or its own country's users. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Assignment assignment(long assignmentId) {
        return visible(row(assignmentId));
    }

    /**
     * One assignment, as {@link #assignment}, locked until the transaction ends, for a caller about to change
     * its response on what its status allows: a status change waits until the caller is done, and callers
     * locking the same assignment go one at a time (so each sees the other's committed answers).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional
    public Assignment assignmentToChange(long assignmentId) {
        return visible(campaigns.lockAssignment(assignmentId)
                .orElseThrow(() -> AssignmentException.because("assignment.refused.noAssignment", String.valueOf(assignmentId))));
    }

    private Assignment visible(AssignmentRow row) {
        CurrentUser user = currentUsers.require();
        if (user.isCountryUser() && !user.country().map(MemberState::alpha3).orElse("").equals(row.country())) {
            throw AssignmentException.because("assignment.refused.noAssignment", String.valueOf(row.id()));
        }
        return withState(row);
    }

    /**
     * The same country's earlier assignments of any version of this assignment's template, newest first
     * (the answers a focal point may copy in).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<Assignment> earlierOfSameTemplate(long assignmentId) {
        assignment(assignmentId);
        return campaigns.findEarlierOfSameTemplate(assignmentId).stream().map(this::withState).toList();
    }

    private AssignmentRow row(long assignmentId) {
        // Row-level security hides other countries' rows: for a country user, "not found" is all they learn.
        return campaigns.findAssignment(assignmentId)
                .orElseThrow(() -> AssignmentException.because("assignment.refused.noAssignment", String.valueOf(assignmentId)));
    }

    private Set<String> validCountries(Set<String> requested) {
        if (requested.isEmpty()) {
            throw AssignmentException.because("assignment.refused.noState");
        }
        Set<String> valid = new TreeSet<>();
        for (String code : requested) {
            String alpha3 = code == null ? "" : code.trim().toUpperCase();
            memberStates.findByAlpha3(alpha3).orElseThrow(() -> AssignmentException.because(
                    "assignment.refused.notAState", String.valueOf(code)));
            valid.add(alpha3);
        }
        return valid;
    }

    /** Within its column's size, and without a character the database cannot store; refused by the keys given. */
    private static void requireStorable(String text, int maxLength, String tooLongKey, String nulKey) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() > maxLength) {
            throw AssignmentException.because(tooLongKey, maxLength, trimmed.length());
        }
        if (StorableText.hasNul(trimmed)) {
            throw AssignmentException.because(nulKey);
        }
    }

    private void requireFutureDeadline(LocalDate deadline) {
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw AssignmentException.because("assignment.refused.deadlinePast");
        }
    }

    private Assignment withState(AssignmentRow row) {
        return row.toAssignment(memberStates.findByAlpha3(row.country()).orElseThrow());
    }

    private String actor() {
        return currentUsers.require().username();
    }
}

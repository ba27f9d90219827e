package org.qconsole.reminder;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.LanguageName;
import org.qconsole.common.StorableText;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.reminder.repository.ReminderRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to the focal points of countries whose response is awaited: sent by hand from the
 * dashboard, or by the daily job ({@link ReminderJob}); their wording and timing are the
 * secretariat's; every one is logged.
 */
@Service
public class ReminderService {

    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final AssignmentService assignments;
    private final CurrentUserService currentUsers;
    private final Clock clock;

    ReminderService(ReminderRepository reminders, ReminderSender sender, AssignmentService assignments,
            CurrentUserService currentUsers, Optional<Clock> clock) {
        this.reminders = reminders;
        this.sender = sender;
        this.assignments = assignments;
        this.currentUsers = currentUsers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Reminds the given assignments' countries now (those still awaited; submitted ones are skipped).
     *
     * @return how many reminders went out
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    public int remindNow(Collection<Long> assignmentIds) {
        String actor = currentUsers.require().username();
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (long id : assignmentIds) {
            Assignment a = assignments.assignment(id);
            if (a.status().isAwaited()) {
                var awaited = new ReminderRepository.Awaited(a.id(), a.country().alpha3(), a.campaignTitle(),
                        a.circularReference(), a.deadline());
                sent += sender.send(awaited, "manual", today, actor) ? 1 : 0;
            }
        }
        return sent;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<ReminderLogEntry> log(long campaignId) {
        return reminders.log(campaignId);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public ReminderSettings settings() {
        return reminders.settings();
    }

    /**
     * Saves the timing and the wording of the given languages (the others keep theirs); a language worded as the
     * console words it is stored as "the console's wording", so that it follows the console's messages.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public ReminderSettings saveSettings(String daysBefore, int overdueEveryDays, Collection<ReminderText> texts) {
        List<Integer> days = ReminderSettings.parseDays(daysBefore);
        if (overdueEveryDays < 1 || overdueEveryDays > 60) {
            throw ReminderException.because("reminder.refused.overdueRange");
        }
        Map<Language, ReminderText> wording = new EnumMap<>(reminders.settings().texts());
        for (ReminderText text : texts) {
            ReminderText checked = checked(text);
            wording.put(checked.language(), checked);
        }
        ReminderSettings settings = new ReminderSettings(days, overdueEveryDays, wording);
        reminders.saveSettings(settings, currentUsers.require().username());
        return settings;
    }

    private static ReminderText checked(ReminderText text) {
        LanguageName language = new LanguageName(text.language());
        if (StorableText.hasNul(text.subject()) || StorableText.hasNul(text.body())) {
            throw ReminderException.because("reminder.refused.unstorable", language);
        }
        String subject = text.subject() == null ? "" : text.subject().trim();
        String body = text.body() == null ? "" : text.body();
        if (subject.isEmpty() || body.isBlank()) {
            throw ReminderException.because("reminder.refused.blank", language);
        }
        if (subject.length() > 200) {
            throw ReminderException.because("reminder.refused.subjectTooLong", language);
        }
        requireKnownPlaceholders("reminder.refused.unknownInSubject", language, subject);
        requireKnownPlaceholders("reminder.refused.unknownInText", language, body);
        return new ReminderText(text.language(), subject, body);
    }

    /** A misspelt placeholder would reach the focal points as it is, braces and all. */
    private static void requireKnownPlaceholders(String key, LanguageName language, String text) {
        ReminderSettings.unknownPlaceholder(text).ifPresent(unknown -> {
            throw ReminderException.because(key, language, unknown,
                    String.join(", ", ReminderSettings.PLACEHOLDERS));
        });
    }
}

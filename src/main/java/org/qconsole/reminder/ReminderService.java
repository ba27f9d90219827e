package org.qconsole.reminder;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
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

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public ReminderSettings saveSettings(String daysBefore, int overdueEveryDays, String subject, String body) {
        List<Integer> days = ReminderSettings.parseDays(daysBefore);
        if (overdueEveryDays < 1 || overdueEveryDays > 60) {
            throw new ReminderException("Remind late States every 1 to 60 days.");
        }
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new ReminderException("A reminder needs a subject and a text.");
        }
        if (subject.length() > 200) {
            throw new ReminderException("Keep the subject under 200 characters.");
        }
        requireKnownPlaceholders("subject", subject);
        requireKnownPlaceholders("text", body);
        ReminderSettings settings = new ReminderSettings(days, overdueEveryDays, subject.trim(), body);
        reminders.saveSettings(settings, currentUsers.require().username());
        return settings;
    }

    /** A misspelt placeholder would reach the focal points as it is, braces and all. */
    private static void requireKnownPlaceholders(String what, String text) {
        ReminderSettings.unknownPlaceholder(text).ifPresent(unknown -> {
            throw new ReminderException("The " + what + " uses " + unknown + ", which the console cannot fill in. Use "
                    + ReminderSettings.placeholderList() + ".");
        });
    }
}

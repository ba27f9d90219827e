package org.qconsole.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.qconsole.identity.SystemScope;
import org.qconsole.reminder.repository.ReminderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders: for every awaited response, one on each configured day before its deadline and,
 * once late, on the first day and then every few days. Each reminder is claimed in the database before
 * it is sent, so two console instances sharing a database send it once.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "console.reminders.enabled", havingValue = "true", matchIfMissing = true)
public class ReminderJob {

    static final String ACTOR = "reminder-job";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderJob(ReminderRepository reminders, ReminderSender sender, PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.reminders = reminders;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${console.reminders.cron:0 0 6 * * *}", zone = "UTC")
    public void daily() {
        int sent = run(LocalDate.now(clock));
        log.info("Daily reminders: {} sent", sent);
    }

    /** Sends today's reminders; returns how many this instance sent. */
    public int run(LocalDate today) {
        return SystemScope.call(() -> {
            ReminderSettings settings = transaction.execute(s -> reminders.settings());
            var awaited = transaction.execute(s -> reminders.awaited());
            int sent = 0;
            for (var assignment : awaited) {
                String kind = kind(settings, assignment.deadline(), today);
                if (kind != null && sender.send(assignment, kind, today, ACTOR)) {
                    sent++;
                }
            }
            return sent;
        });
    }

    /** Which reminder is due today for this deadline, if any. */
    static String kind(ReminderSettings settings, LocalDate deadline, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft > 0 && settings.daysBefore().contains((int) daysLeft)) {
            return "due-" + daysLeft;
        }
        long late = -daysLeft;
        if (late >= 1 && (late - 1) % settings.overdueEveryDays() == 0) {
            return "overdue";
        }
        return null;
    }
}

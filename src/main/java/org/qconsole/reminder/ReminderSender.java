package org.qconsole.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.qconsole.country.MemberStateService;
import org.qconsole.reminder.repository.ReminderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reminder about one assignment: claims it in the log first (in its own transaction, so that
 * a second console instance sees the claim), then sends to the country's known focal points and records
 * the outcome. Callers state the data scope (the user's or the system's).
 */
@Component
class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReminderRepository reminders;
    private final MemberStateService memberStates;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final String consoleUrl;
    private final MeterRegistry metrics;

    ReminderSender(ReminderRepository reminders, MemberStateService memberStates, Outbox outbox,
            PlatformTransactionManager transactions, @Value("${console.public-url:http://localhost:8080}") String consoleUrl,
            MeterRegistry metrics) {
        this.reminders = reminders;
        this.metrics = metrics;
        this.memberStates = memberStates;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.consoleUrl = consoleUrl;
    }

    /** @return true when this call sent it (false: claimed by another instance, or nobody to send to) */
    boolean send(ReminderRepository.Awaited assignment, String kind, LocalDate today, String actor) {
        var claimed = transaction.execute(s -> reminders.claim(assignment.assignmentId(), assignment.country(), kind,
                today, actor));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        long id = claimed.get();
        ReminderSettings settings = transaction.execute(s -> reminders.settings());
        List<ReminderRepository.Recipient> to = transaction.execute(s -> reminders.focalPoints(assignment.country()));
        if (to.isEmpty()) {
            transaction.executeWithoutResult(s -> reminders.complete(id, "", "no recipient",
                    "No focal point of this country with an e-mail address has signed in yet."));
            count(kind, "no-recipient");
            return false;
        }
        String recipients = String.join(", ", to.stream().map(ReminderRepository.Recipient::email).toList());
        try {
            String name = to.size() == 1 ? to.get(0).displayName() : "colleagues";
            String outcome = outbox.send(to.stream().map(ReminderRepository.Recipient::email).toList(),
                    fill(settings.subject(), assignment, name, today), fill(settings.body(), assignment, name, today));
            transaction.executeWithoutResult(s -> reminders.complete(id, recipients, outcome, kindLabel(kind)));
            count(kind, "sent");
            return true;
        } catch (RuntimeException e) {
            log.error("Reminder {} to {} failed", id, recipients, e);
            transaction.executeWithoutResult(s -> reminders.complete(id, recipients, "failed",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            count(kind, "failed");
            return false;
        }
    }

    /** {@code console.reminders}: reminders this instance claimed, by kind (due, overdue, manual) and outcome. */
    private void count(String kind, String outcome) {
        Counter.builder("console.reminders").description("Reminders claimed and sent by this instance")
                .tag("kind", kind.startsWith("due-") ? "due" : kind).tag("outcome", outcome)
                .register(metrics).increment();
    }

    String fill(String template, ReminderRepository.Awaited a, String name, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, a.deadline());
        String timeLeft = days == 0 ? "today" : days > 0 ? "in " + days + (days == 1 ? " day" : " days")
                : -days + (days == -1 ? " day ago" : " days ago");
        String country = memberStates.findByAlpha3(a.country()).map(s -> s.name()).orElse(a.country());
        return template.replace("{name}", name).replace("{country}", country)
                .replace("{campaign}", a.campaignTitle()).replace("{reference}", a.reference())
                .replace("{deadline}", DATE.format(a.deadline())).replace("{timeLeft}", timeLeft)
                .replace("{link}", consoleUrl + "/response/" + a.assignmentId());
    }

    static String kindLabel(String kind) {
        if (kind.startsWith("due-")) {
            return "Due in " + kind.substring(4) + " days";
        }
        return "overdue".equals(kind) ? "Overdue" : "Sent by hand";
    }
}

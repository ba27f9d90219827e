package org.qconsole.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.qconsole.common.DayWords;
import org.qconsole.country.MemberStateService;
import org.qconsole.identity.CountryDirectory;
import org.qconsole.identity.DirectoryUser;
import org.qconsole.model.Language;
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
 * the outcome. Each focal point gets an e-mail of their own, in their language and by name. Callers state the data
 * scope (the user's or the system's).
 */
@Component
class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderRepository reminders;
    private final MemberStateService memberStates;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final String consoleUrl;
    private final MeterRegistry metrics;
    private final CountryDirectory directory;

    ReminderSender(ReminderRepository reminders, MemberStateService memberStates, Outbox outbox,
            PlatformTransactionManager transactions, @Value("${console.public-url:http://localhost:8080}") String consoleUrl,
            MeterRegistry metrics, CountryDirectory directory) {
        this.reminders = reminders;
        this.directory = directory;
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
        List<ReminderRepository.Recipient> to = recipients(assignment.country());
        if (to.isEmpty()) {
            transaction.executeWithoutResult(s -> reminders.complete(id, "", "no recipient",
                    "No focal point of this country with an e-mail address is known, in the identity provider's"
                            + " directory or among those who signed in."));
            count(kind, "no-recipient");
            return false;
        }
        String recipients = String.join(", ", to.stream().map(ReminderRepository.Recipient::email).toList());
        List<String> failures = new ArrayList<>();
        String outcome = "sent";
        for (ReminderRepository.Recipient recipient : to) {
            try {
                ReminderText text = settings.text(recipient.language());
                outcome = outbox.send(List.of(recipient.email()), fill(text.subject(), assignment, recipient, today),
                        fill(text.body(), assignment, recipient, today));
            } catch (RuntimeException e) {
                log.error("Reminder {} to {} failed", id, recipient.email(), e);
                failures.add(recipient.email() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            }
        }
        String status = failures.isEmpty() ? outcome : "failed";
        transaction.executeWithoutResult(s -> reminders.complete(id, recipients, status, String.join("; ", failures)));
        count(kind, failures.isEmpty() ? "sent" : "failed"); // written to the log instead counts as sent, as before
        return failures.isEmpty();
    }

    /**
     * The State's focal points with an e-mail address: those who signed in (in the language they chose), and those
     * the identity provider lists who never did (in their account's language, else English).
     */
    private List<ReminderRepository.Recipient> recipients(String country) {
        Map<String, ReminderRepository.Recipient> to = new LinkedHashMap<>();
        transaction.execute(s -> reminders.focalPoints(country)).forEach(r -> to.put(r.username(), r));
        directory.usersOf(country).stream().filter(DirectoryUser::isFocalPoint).filter(u -> !u.email().isBlank())
                .forEach(u -> to.putIfAbsent(u.username(), new ReminderRepository.Recipient(u.username(), u.email(),
                        u.displayName(), u.language().orElse(Language.EN))));
        return List.copyOf(to.values());
    }

    /** {@code console.reminders}: reminders this instance claimed, by kind (due, overdue, manual) and outcome. */
    private void count(String kind, String outcome) {
        Counter.builder("console.reminders").description("Reminders claimed and sent by this instance")
                .tag("kind", kind.startsWith("due-") ? "due" : kind).tag("outcome", outcome)
                .register(metrics).increment();
    }

    /** The wording with its placeholders filled in the recipient's language. */
    String fill(String template, ReminderRepository.Awaited a, ReminderRepository.Recipient to, LocalDate today) {
        Language language = to.language();
        String country = memberStates.findByAlpha3(a.country())
                .map(s -> s.name(Locale.forLanguageTag(language.code()))).orElse(a.country());
        return template.replace("{name}", to.displayName()).replace("{country}", country)
                .replace("{campaign}", a.campaignTitle()).replace("{reference}", a.reference())
                .replace("{deadline}", DayWords.day(a.deadline(), language))
                .replace("{timeLeft}", DayWords.timeLeft(ChronoUnit.DAYS.between(today, a.deadline()), language))
                .replace("{link}", consoleUrl + "/response/" + a.assignmentId());
    }
}

package org.qconsole.reminder;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.qconsole.common.Messages;
import org.qconsole.identity.CountryDirectory;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.reminder.repository.ReminderRepository;
import org.qconsole.reminder.repository.ReminderRepository.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An e-mail to one country user about their State's response, in their language, by name: for example that the
 * secretariat granted their request, or that their focal point gave them sections to answer. The address is the
 * one they signed in with, else the identity provider's. It leaves once what it tells of is committed (never for
 * something rolled back); a failure to send is logged and does not undo it.
 */
@Service
public class CountryNotices {

    private static final Logger log = LoggerFactory.getLogger(CountryNotices.class);

    private final ReminderRepository users;
    private final CountryDirectory directory;
    private final Outbox outbox;
    private final String consoleUrl;
    private final TaskExecutor executor;

    CountryNotices(ReminderRepository users, CountryDirectory directory, Outbox outbox,
            @Value("${console.public-url:http://localhost:8080}") String consoleUrl,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.executor = executor;
        this.users = users;
        this.directory = directory;
        this.outbox = outbox;
        this.consoleUrl = consoleUrl;
    }

    /**
     * Tells {@code username} of {@code country} about the response {@code assignmentId}: the subject and body keys
     * are worded in their language with {@code arguments}, then the recipient's name ({@code {n}} after the
     * arguments) and the response's address (the last).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public void tell(String username, String country, long assignmentId, String subjectKey, String bodyKey,
            Object... arguments) {
        // The address they signed in with is read now, in the transaction (row-level security applies); the
        // directory, an HTTP call, only after the decision is committed, so that no lock waits for it.
        Optional<Recipient> known = users.knownUser(username, country);
        afterCommit(() -> {
            Optional<Recipient> to = known.or(() -> directory.usersOf(country).stream()
                    .filter(u -> u.username().equals(username) && !u.email().isBlank()).findFirst()
                    .map(u -> new Recipient(u.username(), u.email(), u.displayName(), u.language().orElse(Language.EN))));
            if (to.isEmpty()) {
                log.warn("No e-mail address is known for {} of {}: {} not sent", username, country, subjectKey);
                return;
            }
            Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
            all[arguments.length] = to.get().displayName();
            all[arguments.length + 1] = consoleUrl + "/response/" + assignmentId;
            Language language = to.get().language();
            String subject = Messages.text(language, subjectKey, all);
            try {
                outbox.send(List.of(to.get().email()), subject, Messages.text(language, bodyKey, all));
            } catch (RuntimeException e) {
                log.error("The e-mail \"{}\" to {} failed", subject, to.get().email(), e);
            }
        });
    }

    /**
     * Runs the sending once the transaction commits, on the console's task executor as the signed-in user: a slow
     * SMTP server or directory never holds the page that decided (nor the database lock).
     */
    private void afterCommit(Runnable sending) {
        Runnable send = () -> executor.execute(new DelegatingSecurityContextRunnable(sending,
                SecurityContextHolder.getContext()));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }
}

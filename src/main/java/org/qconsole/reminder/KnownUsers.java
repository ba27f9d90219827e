package org.qconsole.reminder;

import org.qconsole.identity.SystemScope;
import org.qconsole.identity.UserSignedIn;
import org.qconsole.reminder.repository.ReminderRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Remembers who signed in, so that reminders reach a country's focal points at their current address. */
@Component
class KnownUsers {

    private final ReminderRepository reminders;
    private final TransactionTemplate transaction;

    KnownUsers(ReminderRepository reminders, PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    public void signedIn(UserSignedIn user) {
        SystemScope.run(() -> transaction.executeWithoutResult(s -> reminders.recordUser(user.username(), user.email(),
                user.displayName(), user.country(), user.focalPoint(), user.language())));
    }
}

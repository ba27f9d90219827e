package org.qconsole.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.SystemScope;
import org.qconsole.reminder.repository.ReminderRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the demo realm's focal points are known from the start (as if they had signed in once),
 * so that "remind now" reaches someone in the dev run. Their mail goes to the log.
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoFocalPoints implements StartupStep {

    private final ReminderRepository reminders;
    private final TransactionTemplate transaction;

    DemoFocalPoints(ReminderRepository reminders, PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_FOCAL_POINTS;
    }

    @Override
    public void run() {
        JsonNode realm = realm();
        SystemScope.run(() -> transaction.executeWithoutResult(s -> realm.path("users").forEach(user -> {
            boolean focal = false;
            for (JsonNode role : user.path("realmRoles")) {
                focal |= role.asText().equals("country-focal-point");
            }
            String country = user.path("attributes").path("country").path(0).asText("");
            if (focal && country.length() == 3 && !country.equals("XXX")) {
                reminders.recordUser(user.path("username").asText(), user.path("email").asText(),
                        user.path("firstName").asText() + " " + user.path("lastName").asText(), country, true);
            }
        })));
    }

    private static JsonNode realm() {
        try (InputStream in = DemoFocalPoints.class.getResourceAsStream("/keycloak/questionnaires-realm.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

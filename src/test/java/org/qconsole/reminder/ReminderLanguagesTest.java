package org.qconsole.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.LanguagePreferences;
import org.qconsole.identity.UserSignedIn;
import org.qconsole.model.Language;
import org.qconsole.support.DemoRealm;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each focal point receives a reminder of their own, in their language (chosen in the console, else on the sign-in
 * page, else English), worded as the secretariat wrote it for that language or else as the console words it.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class ReminderLanguagesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReminderService reminders;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LanguagePreferences preferences;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyFocalPointIsRemindedByNameInTheirLanguage() throws Exception {
        // Côte d'Ivoire: no other test knows its focal points.
        events.publishEvent(new UserSignedIn("civ.focal.en", "civ.en@example.org", "Awa Koné", "CIV", true, null));
        events.publishEvent(new UserSignedIn("civ.focal.fr", "civ.fr@example.org", "Marc Yao", "CIV", true,
                Language.FR));
        events.publishEvent(new UserSignedIn("civ.focal.es", "civ.es@example.org", "Ana Diallo", "CIV", true,
                Language.FR));
        SignIn.as(users, focalPointOfCoteDIvoire("civ.focal.es"));
        preferences.choose(Language.ES);
        SignIn.as(users, "secretariat");
        ReminderSettings before = reminders.settings();
        reminders.saveSettings(before.daysBeforeText(), before.overdueEveryDays(),
                List.of(new ReminderText(Language.ES, "  {country}: {campaign}  ", "Hola {name}, {link}")));
        try {
            LocalDate deadline = LocalDate.now().plusDays(30);
            long version = TemplateFixtures.publishEveryKind(templates, "REMLANG").id();
            long campaign = assignments.create(new NewCampaign(version, "Cycle " + System.nanoTime(), "CU 2027/1",
                    deadline, Set.of("CIV"))).id();
            long assignment = assignments.assignments(campaign).get(0).id();

            SignIn.as(users, "manager");
            assertThat(reminders.remindNow(List.of(assignment))).isEqualTo(1);

            Map<String, MimeMessage> received = byRecipient(mail.getReceivedMessages());
            assertThat(received).containsOnlyKeys("civ.en@example.org", "civ.fr@example.org", "civ.es@example.org");
            assertThat(received.get("civ.en@example.org").getSubject()).startsWith("Reminder: Cycle ")
                    .endsWith(" is due on " + day(deadline, Locale.UK));
            assertThat(body(received.get("civ.en@example.org")))
                    .contains("Dear Awa Koné,", "response of Côte d", "(30 days left)");
            assertThat(received.get("civ.fr@example.org").getSubject()).startsWith("Rappel : réponse à « Cycle ")
                    .endsWith(" » attendue le " + day(deadline, Locale.FRENCH));
            assertThat(body(received.get("civ.fr@example.org")))
                    .contains("Bonjour Marc Yao,", "la réponse de Côte d’Ivoire", "(30 jours restants)",
                            "/response/" + assignment);
            assertThat(received.get("civ.es@example.org").getSubject()).as("the secretariat's Spanish wording")
                    .startsWith("Côte d’Ivoire: Cycle ");
            assertThat(body(received.get("civ.es@example.org")))
                    .startsWith("Hola Ana Diallo, http").endsWith("/response/" + assignment);
            assertThat(reminders.log(campaign)).singleElement().satisfies(logged -> {
                assertThat(logged.status()).isEqualTo("sent");
                assertThat(logged.recipients()).isEqualTo("civ.en@example.org, civ.es@example.org, civ.fr@example.org");
            });
        } finally {
            SignIn.as(users, "secretariat");
            reminders.saveSettings(before.daysBeforeText(), before.overdueEveryDays(), before.texts().values());
        }
    }

    @Test
    void theConsolesWordingIsStoredAsSuchAndABadTranslationIsRefusedNamingItsLanguage() {
        SignIn.as(users, "secretariat");
        ReminderSettings before = reminders.settings();
        assertThat(ReminderText.consoles(Language.RU).subject()).isEqualTo("Напоминание: срок ответа на «{campaign}» — {deadline}");
        for (Language language : Language.values()) {
            assertThat(ReminderSettings.unknownPlaceholder(ReminderText.consoles(language).body()))
                    .as("the console's %s wording uses only known placeholders", language).isEmpty();
        }

        assertThatThrownBy(() -> reminders.saveSettings("14", 7,
                List.of(new ReminderText(Language.ZH, "提醒 {campaign}", "{nom}"))))
                .isInstanceOfSatisfying(ReminderException.class, refused -> {
                    assertThat(refused.getMessage()).startsWith("The text in Chinese uses {nom}, which the console");
                    assertThat(refused.reason(Language.FR)).startsWith("Le texte en chinois utilise {nom}");
                });
        assertThatThrownBy(() -> reminders.saveSettings("14", 7, List.of(new ReminderText(Language.AR, "", "نص"))))
                .hasMessage("The reminder in Arabic needs a subject and a text.");
        assertThatThrownBy(() -> reminders.saveSettings("14", 7,
                List.of(new ReminderText(Language.FR, "Ob\0jet", "Texte"))))
                .hasMessageContaining("The reminder in French holds a character the console cannot store");
        assertThat(reminders.settings()).as("nothing written").isEqualTo(before);
    }

    /** A focal point of Côte d'Ivoire of the test's own, as Keycloak would sign them in. */
    private static OidcIdToken focalPointOfCoteDIvoire(String username) {
        Map<String, Object> claims = new HashMap<>(DemoRealm.idToken("swe.focal").getClaims());
        claims.put("sub", username + "-id");
        claims.put("preferred_username", username);
        claims.put("country", "CIV");
        return new OidcIdToken("test-token", java.time.Instant.now(), java.time.Instant.now().plusSeconds(300), claims);
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).strip();
    }

    private static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws MessagingException {
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage message : messages) {
            assertThat(message.getRecipients(Message.RecipientType.TO)).as("one recipient per e-mail").hasSize(1);
            byRecipient.put(message.getRecipients(Message.RecipientType.TO)[0].toString(), message);
        }
        assertThat(byRecipient).hasSize(Arrays.asList(messages).size());
        return byRecipient;
    }
}

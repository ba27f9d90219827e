package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.common.DayWords;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.LanguagePreferences;
import org.qconsole.identity.UserSignedIn;
import org.qconsole.model.Language;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

/**
 * Country users are told by e-mail, in their language (GreenMail): the focal point who asked, of the secretariat's
 * decision; a colleague, of the sections their focal point gave them.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class CountryNoticesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CountryRequests requests;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    LanguagePreferences preferences;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    Delegations delegations;
    @Autowired
    SectionReviews reviews;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theFocalPointIsToldOfEachDecisionInTheirLanguage() throws Exception {
        events.publishEvent(new UserSignedIn("bra.focal", "bra.focal@example.org", "Ana Souza", "BRA", true, null));
        SignIn.as(users, "bra.focal");
        preferences.choose(Language.ES);
        String title = "Requests " + UUID.randomUUID().toString().substring(0, 6);
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "MAIL").id();
        long campaign = assignments.create(new NewCampaign(version, title, "", LocalDate.now().plusDays(9),
                Set.of("BRA"))).id();
        long brazil = assignments.assignments(campaign).get(0).id();
        SignIn.as(users, "bra.focal");
        CountryRequest first = requests.askForExtension(brazil, LocalDate.now().plusDays(20), "Elections.");

        SignIn.as(users, "secretariat");
        requests.grant(first.id(), "Una vez.");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage granted = mail.getReceivedMessages()[0];
        assertThat(granted.getAllRecipients()[0].toString()).isEqualTo("bra.focal@example.org");
        assertThat(granted.getSubject()).isEqualTo(title + ": su solicitud ha sido concedida");
        assertThat(granted.getContent().toString()).contains("Estimado/a Ana Souza",
                "ha concedido su solicitud (más tiempo, hasta el " + DayWords.day(LocalDate.now().plusDays(20), Language.ES)
                        + ") sobre el cuestionario " + title,
                "Comentario de la secretaría: Una vez.", "/response/" + brazil).doesNotContain("{");

        SignIn.as(users, "bra.focal");
        CountryRequest second = requests.askForExtension(brazil, LocalDate.now().plusDays(40), "More elections.");
        SignIn.as(users, "secretariat");
        requests.refuse(second.id(), "No más.");

        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(mail.getReceivedMessages()[1].getSubject()).isEqualTo(title + ": su solicitud ha sido rechazada");
    }

    @Test
    void aColleagueIsToldOfTheSectionsGivenToThemInTheirLanguage() throws Exception {
        events.publishEvent(new UserSignedIn("bra.contributor", "bra.contributor@example.org", "João Lima", "BRA",
                false, Language.FR));
        speaks("bra.contributor", Language.FR);
        SignIn.as(users, "secretariat");
        String title = "Delegation " + UUID.randomUUID().toString().substring(0, 6);
        long campaign = assignments.create(new NewCampaign(DelegationFixtures.publish(templates, "MAILD"), title, "",
                LocalDate.now().plusDays(30), Set.of("BRA"))).id();
        long brazil = assignments.assignments(campaign).get(0).id();
        SignIn.as(users, "bra.focal");
        LocalDate due = LocalDate.now().plusDays(12);
        delegations.delegate(brazil, new NewDelegation(Set.of("bra.contributor"), false, Set.of("s2_legal",
                "s3_practice"), due, "Merci de vérifier les chiffres."));

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage given = mail.getReceivedMessages()[0];
        assertThat(given.getAllRecipients()[0].toString()).isEqualTo("bra.contributor@example.org");
        assertThat(given.getSubject()).isEqualTo(title + " : votre point focal vous a confié des sections");
        assertThat(given.getContent().toString()).contains("Bonjour João Lima",
                "vous a confié une partie du questionnaire " + title, "- II. Legal framework", "- III. Practice",
                "Merci de terminer pour le " + DayWords.day(due, Language.FR),
                "Message : Merci de vérifier les chiffres.", "/response/" + brazil).doesNotContain("{", "I. General");
    }

    @Test
    void theFocalPointHearsASectionIsReadyAndTheColleagueThatItWasSentBack() throws Exception {
        events.publishEvent(new UserSignedIn("bra.focal", "bra.focal@example.org", "Ana Souza", "BRA", true, null));
        events.publishEvent(new UserSignedIn("bra.contributor", "bra.contributor@example.org", "João Lima", "BRA",
                false, Language.FR));
        speaks("bra.focal", Language.EN);
        speaks("bra.contributor", Language.FR);
        SignIn.as(users, "secretariat");
        String title = "Review " + UUID.randomUUID().toString().substring(0, 6);
        long campaign = assignments.create(new NewCampaign(DelegationFixtures.publish(templates, "MAILR"), title, "",
                LocalDate.now().plusDays(30), Set.of("BRA"))).id();
        long brazil = assignments.assignments(campaign).get(0).id();
        SignIn.as(users, "bra.focal");
        delegations.delegate(brazil, NewDelegation.sections(Set.of("bra.contributor"), Set.of("s3_practice")));

        SignIn.as(users, "bra.contributor");
        reviews.markReady(brazil, "s3_practice");
        MimeMessage ready = received(title + ": a section is ready for your review");
        assertThat(ready.getAllRecipients()[0].toString()).isEqualTo("bra.focal@example.org");
        assertThat(ready.getSubject()).isEqualTo(title + ": a section is ready for your review");
        assertThat(ready.getContent().toString()).contains("Dear Ana Souza", "the section III. Practice of the"
                + " questionnaire " + title + " ready for your review", "/response/" + brazil).doesNotContain("{");

        SignIn.as(users, "bra.focal");
        reviews.sendBack(brazil, "s3_practice", "Il manque les chiffres de 2025.");
        MimeMessage sentBack = received(title + " : une section vous a été renvoyée");
        assertThat(sentBack.getAllRecipients()[0].toString()).isEqualTo("bra.contributor@example.org");
        assertThat(sentBack.getSubject()).isEqualTo(title + " : une section vous a été renvoyée");
        assertThat(sentBack.getContent().toString()).contains("Bonjour João Lima", "vous a renvoyé la section"
                + " III. Practice", "Commentaire : Il manque les chiffres de 2025.").doesNotContain("{");
    }

    /** The user chose this language in the console (which their e-mails follow, whatever other tests chose). */
    private void speaks(String username, Language language) {
        SignIn.as(users, username);
        preferences.choose(language);
        SignIn.out();
    }

    /** The one e-mail with this subject, once it arrived (they leave one by one after their commits, in any order). */
    private static MimeMessage received(String subject) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail \"" + subject + "\" arrived; received: " + java.util.Arrays.stream(
                mail.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject() + " to " + m.getAllRecipients()[0];
                    } catch (jakarta.mail.MessagingException e) {
                        return e.getMessage();
                    }
                }).toList());
    }
}

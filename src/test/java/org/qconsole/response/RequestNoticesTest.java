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

/** The focal point who asked is told of the secretariat's decision by e-mail, in their language (GreenMail). */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class RequestNoticesTest {

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
}

package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.assignment.SystemAssignments;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.response.AnswerService;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.ResponsesInEveryStatus;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The focal point asks the secretariat from the response's page, and reads there what was decided. */
class ResponseRequestsViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    CountryRequests requests;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    SystemAssignments system;

    @Test
    void theFocalPointAsksForMoreTimeAndSeesTheRequestWaiting() {
        long id = responses().in(AssignmentStatus.IN_PROGRESS);
        signInAs("swe.focal");
        LocalDate deadline = assignments.assignment(id).deadline();
        UI.getCurrent().navigate(ResponseView.class, id);

        _click(_get(Button.class, s -> s.withId("response-ask-extension")));
        _setValue(_get(DatePicker.class, s -> s.withId("request-extension-until")), deadline.plusDays(14));
        _click(_get(Button.class, s -> s.withId("request-extension-send")));
        assertThat(_get(Paragraph.class, s -> s.withId("request-extension-error")).getText())
                .isEqualTo("Say why you ask: the secretariat decides on your reason.");
        _setValue(_get(TextArea.class, s -> s.withId("request-extension-reason")), "Our parliament is in recess.");
        _click(_get(Button.class, s -> s.withId("request-extension-send")));

        CountryRequest asked = requests.ofResponse(id).get(0);
        assertThat(asked.until()).contains(deadline.plusDays(14));
        assertThat(asked.reason()).isEqualTo("Our parliament is in recess.");
        UI.getCurrent().navigate(ResponseView.class, id);
        assertThat(_get(Div.class, s -> s.withId("response-request-" + asked.id())).getElement().getTextRecursively())
                .startsWith("More time until ").contains("asked by swe.focal", ": Our parliament is in recess.",
                        "Waiting for the secretariat's decision.");
    }

    @Test
    void aFrenchFocalPointAsksToReopenAndReadsTheRefusalInFrench() {
        long id = responses().in(AssignmentStatus.ACCEPTED);
        signInAs("swe.focal");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, id);
        _assertNone(Button.class, s -> s.withId("response-ask-extension"));

        _click(_get(Button.class, s -> s.withId("response-ask-reopening")));
        _setValue(_get(TextArea.class, s -> s.withId("request-reopening-reason")), "Un chiffre est faux.");
        _click(_get(Button.class, s -> s.withId("request-reopening-send")));
        CountryRequest asked = requests.ofResponse(id).get(0);
        signInAs("secretariat");
        requests.refuse(asked.id(), "Le rapport est déjà publié.");

        signInAs("swe.focal");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, id);
        assertThat(_get(Div.class, s -> s.withId("response-request-" + asked.id())).getElement().getTextRecursively())
                .startsWith("Réouverture demandée par swe.focal le ").contains("Refusée par secretariat le ",
                        "Commentaire : Le rapport est déjà publié.");
        assertThat(assignments.assignment(id).status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }

    @Test
    void cancellingTheDialogAsksNothing() {
        long id = responses().in(AssignmentStatus.IN_PROGRESS);
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, id);

        _click(_get(Button.class, s -> s.withId("response-ask-extension")));
        _setValue(_get(TextArea.class, s -> s.withId("request-extension-reason")), "Recess");
        _click(_get(Button.class, s -> s.withId("request-extension-cancel")));

        _assertNone(TextArea.class, s -> s.withId("request-extension-reason"));
        assertThat(requests.ofResponse(id)).isEmpty();
    }

    @Test
    void contributorsReadTheRequestsButDoNotAsk() {
        long id = responses().in(AssignmentStatus.IN_PROGRESS);
        signInAs("swe.focal");
        CountryRequest asked = requests.askForExtension(id, assignments.assignment(id).deadline().plusDays(7), "Recess");
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, id);

        _assertNone(Button.class, s -> s.withId("response-ask-extension"));
        _get(Div.class, s -> s.withId("response-request-" + asked.id()));
    }

    @Test
    void afterAHardDeadlineThePageSaysWhyItCannotBeSubmittedAndOffersToAskForTime() {
        signInAs("secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "HARD").id();
        long campaign = assignments.create(new NewCampaign(version, "Hard", "", LocalDate.now().plusDays(9),
                Set.of("SWE")).withHardDeadline()).id();
        long id = assignments.assignments(campaign).get(0).id();
        SystemScope.run(() -> system.moveDeadline(id, LocalDate.now().minusDays(1), "test", "a late State"));

        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, id);

        _assertNone(Button.class, s -> s.withId("response-submit"));
        assertThat(_get(Paragraph.class, s -> s.withId("response-hard-deadline")).getText())
                .contains("has passed and is hard: ask the secretariat for more time to submit.");
        _get(Button.class, s -> s.withId("response-ask-extension"));
    }

    private ResponsesInEveryStatus responses() {
        return new ResponsesInEveryStatus(users, templates, assignments, answers, workflow, "REQV");
    }
}

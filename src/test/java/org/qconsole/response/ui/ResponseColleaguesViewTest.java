package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.DayWords;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.reminder.Colleagues.Colleague;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Delegation;
import org.qconsole.response.DelegationFixtures;
import org.qconsole.response.Delegations;
import org.qconsole.response.NewDelegation;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * On the response's page, Sweden's focal point gives sections to a contributor, who then changes those and reads the
 * others; the focal point withdraws work and lets colleagues change everything. The secretariat sees none of it.
 */
class ResponseColleaguesViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    Delegations delegations;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "DLGV");
    }

    @Test
    void theFocalPointGivesTwoSectionsAndTheContributorChangesOnlyThose() {
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(_get(Paragraph.class, s -> s.withId("delegation-none")).getText())
                .startsWith("No section is given to a colleague");

        _click(_get(Button.class, s -> s.withId("delegation-give-open")));
        _click(_get(Button.class, s -> s.withId("delegation-give")));
        assertThat(_get(Paragraph.class, s -> s.withId("delegation-error")).getText())
                .isEqualTo("Choose at least one colleague.");
        pickColleague("swe.contributor");
        pickSections("s2_legal", "s3_practice");
        LocalDate due = LocalDate.now().plusDays(10);
        _setValue(_get(DatePicker.class, s -> s.withId("delegation-due")), due);
        _setValue(_get(TextArea.class, s -> s.withId("delegation-message")), "Please use the 2025 figures.");
        _click(_get(Button.class, s -> s.withId("delegation-give")));

        assertThat(delegations.ofResponse(sweden)).extracting(d -> d.sectionKey().orElseThrow())
                .containsExactly("s2_legal", "s3_practice");
        Delegation legal = delegations.ofResponse(sweden).get(0);
        assertThat(_get(Div.class, s -> s.withId("delegation-" + legal.id())).getElement().getTextRecursively())
                .contains("swe.contributor: II. Legal framework", "by " + DayWords.day(due, Language.EN),
                        "given by swe.focal", "Message: Please use the 2025 figures.");

        signInAs("swe.contributor");
        UI.getCurrent().navigate("response/" + sweden, QueryParameters.of("section", "s1_general"));
        _assertNone(Button.class, s -> s.withId("delegation-give-open"));
        assertThat(_get(Paragraph.class, s -> s.withId("section-not-yours")).isVisible()).isTrue();
        assertThat(_get(TextField.class, s -> s.withId("answer-q1_name")).isReadOnly()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("nav-mine-s2_legal")).getText()).isEqualTo("yours");
        _assertNone(Span.class, s -> s.withId("nav-mine-s1_general"));
        UI.getCurrent().navigate("response/" + sweden, QueryParameters.of("section", "s3_practice"));
        _assertNone(Paragraph.class, s -> s.withId("section-not-yours"));
        assertThat(_get(TextField.class, s -> s.withId("answer-q3_cases")).isReadOnly()).isFalse();
    }

    @Test
    void anAnswerInASectionGivenAwayMeanwhileIsNotSavedAndThePageSaysWhy() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate("response/" + sweden, QueryParameters.of("section", "s1_general"));
        TextField name = _get(TextField.class, s -> s.withId("answer-q1_name"));
        assertThat(name.isReadOnly()).isFalse();
        SignIn.as(users, "swe.focal"); // meanwhile, on the focal point's page: section III is given to the colleague
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s3_practice")));
        SignIn.as(users, "swe.contributor");

        _setValue(name, "Typed before the page knew");

        assertThat(_get(Span.class, s -> s.withId("response-status")).getText())
                .contains("The section I. General is given to colleagues");
        assertThat(answers.open(sweden).answers()).doesNotContainKey("q1_name");
    }

    @Test
    void theContributorsInboxSaysWhatIsGivenToThem() {
        signInAs("swe.focal");
        LocalDate due = LocalDate.now().plusDays(5);
        delegations.delegate(sweden, new NewDelegation(Set.of("swe.contributor"), false, Set.of("s2_legal",
                "s3_practice"), due, ""));
        signInAs("swe.contributor");
        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<Assignment> grid = _get(Grid.class, s -> s.withId("inbox-grid"));
        Assignment mine = grid.getGenericDataView().getItems().filter(a -> a.id() == sweden).findFirst().orElseThrow();
        assertThat(grid.getColumnByKey("given").getHeaderText()).isEqualTo("Given to me");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, grid.getGenericDataView().getItems()
                .toList().indexOf(mine), "given"))
                .isEqualTo("II. Legal framework; III. Practice, by " + DayWords.day(due, Language.EN));
    }

    @Test
    void theFocalPointWithdrawsWorkAndLetsColleaguesChangeEverything() {
        signInAs("swe.focal");
        long given = delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"),
                Set.of("s3_practice"))).get(0).id();
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(_get(Div.class, s -> s.withId("delegation-" + given)).getElement().getTextRecursively())
                .contains("swe.contributor : III. Practice", "confiée par swe.focal le ");

        _setValue(_get(Checkbox.class, s -> s.withId("delegation-edit-all")), true);
        assertThat(delegations.colleaguesEditAll(sweden)).isTrue();
        _click(_get(Button.class, s -> s.withId("delegation-withdraw-" + given)));

        assertThat(delegations.ofResponse(sweden)).isEmpty();
        _assertNone(Div.class, s -> s.withId("delegation-" + given));
        assertThat(_get(Paragraph.class, s -> s.withId("delegation-none")).getText())
                .startsWith("Aucune section n'est confiée");
    }

    @Test
    void cancellingTheDialogGivesNothing() {
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);

        _click(_get(Button.class, s -> s.withId("delegation-give-open")));
        pickColleague("swe.contributor");
        _click(_get(Button.class, s -> s.withId("delegation-cancel")));

        _assertNone(Button.class, s -> s.withId("delegation-give"));
        assertThat(delegations.ofResponse(sweden)).isEmpty();
    }

    @Test
    void theSecretariatSeesNothingOfTheWorkInsideTheCountry() {
        signInAs("swe.focal");
        delegations.delegate(sweden, NewDelegation.sections(Set.of("swe.contributor"), Set.of("s3_practice")));
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, sweden);

        _assertNone(ResponseColleagues.class, s -> s.withId("response-colleagues"));
        _assertNone(Div.class, s -> s.withClasses("qc-delegation"));
        _assertNone(Span.class, s -> s.withId("nav-mine-s3_practice"));
    }

    @SuppressWarnings("unchecked")
    private static void pickColleague(String username) {
        MultiSelectComboBox<Colleague> colleagues = _get(MultiSelectComboBox.class,
                s -> s.withId("delegation-colleagues"));
        _setValue(colleagues, colleagues.getGenericDataView().getItems().filter(c -> c.username().equals(username))
                .collect(Collectors.toSet()));
    }

    @SuppressWarnings("unchecked")
    private static void pickSections(String... keys) {
        CheckboxGroup<Section> sections = _get(CheckboxGroup.class, s -> s.withId("delegation-sections"));
        Set<String> wanted = Set.of(keys);
        _setValue(sections, sections.getGenericDataView().getItems().filter(section -> wanted.contains(section.key()))
                .collect(Collectors.toSet()));
    }
}

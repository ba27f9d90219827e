package org.qconsole.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.country.RegionalGroup;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.common.ui.EChart;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CountryProgress;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager's dashboard, browserless: numbers narrow the list, a State opens its response, exports finish. */
class DashboardViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private long campaign;

    @BeforeEach
    void aCampaignWithOneSubmission() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "DV").id();
        campaign = assignments.create(new NewCampaign(version, "Dashboard view", "", LocalDate.now().plusDays(5),
                Set.of("SWE", "DEU", "KEN"))).id(); // no demo user belongs to Germany
        long sweden = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("SWE"))
                .findFirst().orElseThrow().id();
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        workflow.submit(sweden);
        SignIn.out();
    }

    @Test
    void numbersNarrowTheListAndAStateOpensItsResponseReadOnly() {
        signInAs("manager");
        UI.getCurrent().navigate(DashboardView.class, campaign);

        assertThat(_get(Button.class, s -> s.withId("status-count-submitted")).getText()).isEqualTo("Submitted: 1");
        assertThat(_get(EChart.class, s -> s.withId("chart-status")).option().toString())
                .contains("\"name\":\"Submitted\",\"value\":1", "\"name\":\"Not started\",\"value\":2");
        assertThat(_get(Paragraph.class, s -> s.withId("dashboard-facts")).getText()).contains("3 States");
        @SuppressWarnings("unchecked")
        Grid<CountryProgress> grid = _get(Grid.class, s -> s.withId("country-grid"));

        _click(_get(Button.class, s -> s.withId("status-count-submitted")));
        assertThat(grid.getListDataView().getItems().map(c -> c.country().alpha3())).containsExactly("SWE");
        assertThat(GridKt._getFormatted(grid, 0, "completion")).isEqualTo("100%");

        @SuppressWarnings("unchecked")
        Select<Object> status = _get(Select.class, s -> s.withId("filter-status"));
        _setValue(status, null);
        @SuppressWarnings("unchecked")
        Select<RegionalGroup> group = _get(Select.class, s -> s.withId("filter-group"));
        _setValue(group, labelled(group, "African States"));
        assertThat(grid.getListDataView().getItems().map(c -> c.country().alpha3())).containsExactly("KEN");
        _setValue(_get(Select.class, s -> s.withId("filter-timing")), CountryFilter.DUE_SOON);
        assertThat(_get(Paragraph.class, s -> s.withId("country-count")).getText()).isEqualTo("1 of 3 States shown");

        _setValue(group, labelled(group, "Western European and other States"));
        _setValue(_get(Select.class, s -> s.withId("filter-timing")), CountryFilter.ANY);
        GridKt._clickItem(grid, grid.getListDataView().getItems().toList().indexOf(
                grid.getListDataView().getItems().filter(c -> c.country().alpha3().equals("SWE")).findFirst().orElseThrow()));
        _get(Component.class, spec -> spec.withId("response"));
        assertThat(_get(Span.class, s -> s.withId("response-status")).getText()).isEqualTo("Read only");
    }

    @Test
    void aFrenchManagerReadsStatesAndRegionalGroupsInFrenchAndABarNarrowsTheList() throws Exception {
        signInAs("manager");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(DashboardView.class, campaign);
        @SuppressWarnings("unchecked")
        Grid<CountryProgress> grid = _get(Grid.class, s -> s.withId("country-grid"));
        EChart regions = _get(EChart.class, s -> s.withId("chart-regions"));

        assertThat(regions.option().toString()).contains("États d'Afrique",
                "États d'Europe occidentale et autres États").doesNotContain("African States");
        @SuppressWarnings("unchecked")
        Grid<CampaignDashboard.GroupBreakdown> groups = _get(Grid.class, s -> s.withId("group-breakdown"));
        assertThat(GridKt._getFormatted(groups, 0, "group")).isEqualTo("États d'Afrique");

        Method clicked = EChart.class.getDeclaredMethod("clicked", String.class);
        clicked.setAccessible(true);
        clicked.invoke(regions, "États d'Europe occidentale et autres États"); // what the browser sends on a click
        assertThat(grid.getListDataView().getItems().map(c -> c.country().alpha3()))
                .containsExactlyInAnyOrder("SWE", "DEU");
        _setValue(_get(TextField.class, s -> s.withId("filter-search")), "allemagne");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Allemagne (DEU)");
        assertThat(GridKt._getFormatted(grid, 0, "group")).isEqualTo("États d'Europe occidentale et autres États");
    }

    @Test
    void remindersGoToTheAwaitedStatesShownAndAreLogged() {
        events.publishEvent(new org.qconsole.identity.UserSignedIn("ken.focal", "ken.focal@example.org",
                "Wanjiku Kamau", "KEN", true, null));
        signInAs("manager");
        UI.getCurrent().navigate(DashboardView.class, campaign);

        _click(_get(Button.class, s -> s.withId("remind-shown")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        @SuppressWarnings("unchecked")
        Grid<org.qconsole.reminder.ReminderLogEntry> log = _get(Grid.class, s -> s.withId("reminder-log"));
        assertThat(log.getListDataView().getItems().map(r -> r.country() + " " + r.status()))
                .as("Sweden submitted; Germany's focal point never signed in; no SMTP server in tests: logged")
                .containsExactlyInAnyOrder("KEN logged", "DEU no recipient");
    }

    @Test
    void anExportRunsInTheBackgroundAndOffersTheFile() throws InterruptedException {
        signInAs("manager");
        UI.getCurrent().navigate(DashboardView.class, campaign);

        _click(_get(Button.class, s -> s.withId("export-csv")));
        for (int i = 0; i < 100 && com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class,
                s -> s.withId("export-download")).isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }

        Anchor download = _get(Anchor.class, s -> s.withId("export-download"));
        assertThat(download.getText()).startsWith("Download ").endsWith(".csv");
        assertThat(_get(Span.class, s -> s.withId("export-status")).getText()).isEqualTo("Ready: 3 States.");
    }
}

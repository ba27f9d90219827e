package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.qconsole.common.ui.Dates;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CountryProgress;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportJobs;
import org.qconsole.identity.Roles;
import org.qconsole.reminder.ReminderService;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.DocumentArchive;

/**
 * One campaign's completion: counts by status, charts, breakdowns by regional group and section, late
 * and due-soon countries, and every country in a grid. Every number and chart narrows the grid to the
 * countries behind it; a country opens its response (read-only). The view composes those parts; the
 * list of States ({@link StatesPanel}) is what the others narrow.
 */
@Route("dashboard")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class DashboardView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient DashboardService dashboards;
    private final transient ExportJobs exports;
    private final transient ReminderService reminders;
    private final transient DocumentArchive documents;
    private final transient CountryRequests requests;

    public DashboardView(DashboardService dashboards, ExportJobs exports, ReminderService reminders,
            DocumentArchive documents, CountryRequests requests) {
        this.dashboards = dashboards;
        this.requests = requests;
        this.documents = documents;
        this.reminders = reminders;
        this.exports = exports;
        setId("dashboard");
        addClassName("qc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long campaignId) {
        removeAll();
        try {
            show(dashboards.dashboard(campaignId));
        } catch (AssignmentException e) {
            add(new H1(getTranslation("dashboard.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    private void show(CampaignDashboard dashboard) {
        LocalDate today = dashboards.today();
        H1 heading = new H1(dashboard.campaign().title());
        heading.setId("dashboard-heading");
        Paragraph facts = new Paragraph(getTranslation("dashboard.facts", dashboard.campaign().templateLabel(),
                dashboard.campaign().circularReference(), Dates.day(dashboard.campaign().deadline()),
                dashboard.countries().size(), dashboard.averagePercent()));
        facts.setId("dashboard-facts");
        Button compare = new Button(getTranslation("dashboard.compilation.open"),
                e -> UI.getCurrent().navigate(CompilationView.class, dashboard.campaign().id()));
        compare.setId("dashboard-compilation");
        HorizontalLayout tools = new HorizontalLayout(compare, new ExportPanel(exports, dashboard.campaign().id()),
                DocumentsZip.link(documents, dashboard.campaign().id()));
        tools.setAlignItems(Alignment.CENTER);
        StatesPanel states = new StatesPanel(dashboard, today, reminders, DashboardView::open);
        add(heading, facts, tools, new StatusCounts(dashboard, today, states), new DashboardCharts(dashboard, states),
                new Breakdowns(dashboard, states), new LateLists(dashboard, today, DashboardView::open),
                new RequestsPanel(dashboard, requests), states, new ReminderLog(reminders.log(dashboard.campaign().id())));
    }

    private static void open(CountryProgress country) {
        UI.getCurrent().navigate("response/" + country.assignmentId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("dashboard.pageTitle"));
    }
}

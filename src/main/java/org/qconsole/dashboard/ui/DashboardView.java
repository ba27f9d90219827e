package org.qconsole.dashboard.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.EChart;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CountryProgress;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportFiles;
import org.qconsole.export.ExportService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import org.qconsole.identity.Roles;
import org.qconsole.reminder.ReminderLogEntry;
import org.qconsole.reminder.ReminderService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;

/**
 * One campaign's completion: counts by status, charts, breakdowns by regional group and section, late
 * and due-soon countries, and every country in a grid. Every number and chart narrows the grid to the
 * countries behind it; a country opens its response (read-only).
 */
// Other features link here by this route ("dashboard/<campaign id>"), never by this class.
@Route("dashboard")
@PageTitle("Dashboard · Questionnaire Console")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class DashboardView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ALL_GROUPS = "All regional groups";

    private final transient DashboardService dashboards;
    private final transient ExportService exports;
    private final transient ExportFiles exportFiles;
    private final transient TaskExecutor executor;
    private final transient ReminderService reminders;
    private final Select<String> group = new Select<>();
    private final Select<AssignmentStatus> status = new Select<>();
    private final Select<String> timing = new Select<>();
    private final TextField search = new TextField();
    private GridListDataView<CountryProgress> rows;
    private LocalDate today;

    public DashboardView(DashboardService dashboards, ExportService exports, ExportFiles exportFiles,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            ReminderService reminders) {
        this.dashboards = dashboards;
        this.reminders = reminders;
        this.exports = exports;
        this.exportFiles = exportFiles;
        this.executor = executor;
        setId("dashboard");
        addClassName("qc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long campaignId) {
        removeAll();
        try {
            show(dashboards.dashboard(campaignId));
        } catch (AssignmentException e) {
            add(new H1("Campaign not found"), new Paragraph(e.getMessage()));
        }
    }

    private void show(CampaignDashboard dashboard) {
        today = dashboards.today();
        H1 heading = new H1(dashboard.campaign().title());
        heading.setId("dashboard-heading");
        Paragraph facts = new Paragraph(dashboard.campaign().templateLabel() + " · "
                + dashboard.campaign().circularReference() + " · deadline " + dashboard.campaign().deadline() + " · "
                + dashboard.countries().size() + " States · average completion " + dashboard.averagePercent() + "%");
        facts.setId("dashboard-facts");
        Button compare = new Button("Answers side by side", e -> UI.getCurrent().navigate(CompilationView.class,
                dashboard.campaign().id()));
        compare.setId("dashboard-compilation");
        HorizontalLayout tools = new HorizontalLayout(compare, new ExportPanel(exports, exportFiles, executor,
                dashboard.campaign().id()));
        tools.setAlignItems(Alignment.CENTER);
        add(heading, facts, tools, statusCounts(dashboard), charts(dashboard), breakdowns(dashboard), lateLists(dashboard),
                countries(dashboard), reminderLog(dashboard.campaign().id()));
    }

    // --- numbers and charts ---------------------------------------------------------------------

    private Component statusCounts(CampaignDashboard dashboard) {
        FlexLayout counts = new FlexLayout();
        counts.setId("status-counts");
        counts.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        dashboard.statusCounts().forEach((state, count) -> {
            Button button = new Button(state.label() + ": " + count, e -> filter(null, state, null));
            button.setId("status-count-" + state.name().toLowerCase(Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            counts.add(button);
        });
        long overdue = dashboard.overdue(today).size();
        Button late = new Button("Overdue: " + overdue, e -> filter(null, null, "Overdue"));
        late.setId("status-count-overdue");
        late.addThemeVariants(ButtonVariant.LUMO_ERROR);
        counts.add(late);
        return counts;
    }

    private Component charts(CampaignDashboard dashboard) {
        EChart statuses = new EChart("chart-status", statusChart(dashboard));
        statuses.addItemClickListener(label -> Arrays.stream(AssignmentStatus.values())
                .filter(s -> s.label().equals(label)).findFirst().ifPresent(s -> filter(null, s, null)));
        EChart regions = new EChart("chart-regions", regionChart(dashboard));
        regions.addItemClickListener(label -> filter(label, null, null));
        EChart overTime = new EChart("chart-submissions", submissionsChart(dashboard));
        HorizontalLayout row = new HorizontalLayout(box("Status", statuses), box("Completion by regional group", regions),
                box("Submissions over time", overTime));
        row.setWidthFull();
        return row;
    }

    private static Component box(String title, Component content) {
        Div box = new Div(new H3(title), content);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    static ObjectNode statusChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        ArrayNode data = option.putArray("series").addObject().put("type", "pie").put("radius", "65%").putArray("data");
        dashboard.statusCounts().forEach((state, count) -> {
            if (count > 0) {
                data.addObject().put("name", state.label()).put("value", count);
            }
        });
        return option;
    }

    static ObjectNode regionChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("max", 100);
        ArrayNode names = option.putObject("yAxis").put("type", "category").putArray("data");
        ArrayNode values = option.putArray("series").addObject().put("type", "bar").put("name", "Average completion %")
                .putArray("data");
        dashboard.groups().forEach(g -> {
            names.add(g.group());
            values.add(g.averagePercent());
        });
        return option;
    }

    static ObjectNode submissionsChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode cumulative = option.putArray("series").addObject().put("type", "line")
                .put("name", "Submitted (cumulative)").putArray("data");
        int total = 0;
        for (var day : dashboard.submissionsByDay().entrySet()) {
            total += day.getValue();
            days.add(day.getKey().toString());
            cumulative.add(total);
        }
        return option;
    }

    // --- breakdowns and lists -------------------------------------------------------------------

    private Component breakdowns(CampaignDashboard dashboard) {
        Grid<CampaignDashboard.GroupBreakdown> groups = new Grid<>();
        groups.setId("group-breakdown");
        groups.addThemeVariants(GridVariant.LUMO_COMPACT);
        groups.addColumn(CampaignDashboard.GroupBreakdown::group).setHeader("Regional group").setFlexGrow(2);
        groups.addColumn(CampaignDashboard.GroupBreakdown::countries).setHeader("States");
        groups.addColumn(CampaignDashboard.GroupBreakdown::submitted).setHeader("Submitted");
        groups.addColumn(g -> g.averagePercent() + "%").setHeader("Completion").setKey("completion");
        groups.setItems(dashboard.groups());
        groups.setAllRowsVisible(true);
        groups.addItemClickListener(e -> filter(e.getItem().group(), null, null));
        Grid<CampaignDashboard.SectionBreakdown> sections = new Grid<>();
        sections.setId("section-breakdown");
        sections.addThemeVariants(GridVariant.LUMO_COMPACT);
        sections.addColumn(CampaignDashboard.SectionBreakdown::label).setHeader("Section").setFlexGrow(3);
        sections.addColumn(s -> s.averagePercent() + "%").setHeader("Completion").setKey("completion");
        sections.setItems(dashboard.sections());
        sections.setAllRowsVisible(true);
        HorizontalLayout row = new HorizontalLayout(box("By regional group", groups), box("By section", sections));
        row.setWidthFull();
        return row;
    }

    private Component lateLists(CampaignDashboard dashboard) {
        HorizontalLayout row = new HorizontalLayout(
                box("Overdue", countryList("overdue-list", dashboard.overdue(today), "No State is late.")),
                box("Due within " + CountryProgress.DUE_SOON_DAYS + " days", countryList("due-soon-list",
                        dashboard.dueSoon(today), "No deadline in the coming days.")));
        row.setWidthFull();
        return row;
    }

    private Component countryList(String id, List<CountryProgress> countries, String none) {
        if (countries.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.setId(id);
            return empty;
        }
        Grid<CountryProgress> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> c.country().label()).setHeader("State").setFlexGrow(2);
        grid.addColumn(CountryProgress::deadline).setHeader("Deadline");
        grid.addColumn(c -> c.percent() + "%").setHeader("Completion");
        grid.setItems(countries);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        return grid;
    }

    private Component countries(CampaignDashboard dashboard) {
        Grid<CountryProgress> grid = new Grid<>();
        grid.setId("country-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c.country().label()).setHeader("State").setSortable(true).setFlexGrow(2).setKey("state")
                .setComparator(Comparator.comparing(c -> c.country().name()));
        grid.addColumn(CountryProgress::group).setHeader("Regional group").setSortable(true).setFlexGrow(2);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setSortable(true).setKey("status");
        grid.addColumn(c -> c.percent() + "%").setHeader("Completion").setKey("completion")
                .setComparator(Comparator.comparingInt(CountryProgress::percent)).setSortable(true);
        grid.addColumn(c -> c.answered() + " / " + c.required()).setHeader("Required answered");
        grid.addColumn(CountryProgress::deadline).setHeader("Deadline").setSortable(true)
                .setComparator(Comparator.comparing(CountryProgress::deadline));
        grid.addColumn(c -> c.submittedAt().map(at -> at.toString().substring(0, 10)).orElse("")).setHeader("Submitted");
        rows = grid.setItems(dashboard.countries());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);

        group.setId("filter-group");
        group.setLabel("Regional group");
        List<String> groups = new java.util.ArrayList<>(List.of(ALL_GROUPS));
        dashboard.groups().forEach(g -> groups.add(g.group()));
        group.setItems(groups);
        group.setValue(ALL_GROUPS);
        status.setId("filter-status");
        status.setLabel("Status");
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        timing.setId("filter-timing");
        timing.setLabel("Deadline");
        timing.setItems("Any", "Overdue", "Due soon");
        timing.setValue("Any");
        search.setId("filter-search");
        search.setLabel("State");
        search.setPlaceholder("Name or code");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        group.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        timing.addValueChangeListener(e -> applyFilter());
        search.addValueChangeListener(e -> applyFilter());
        Paragraph shown = new Paragraph();
        shown.setId("country-count");
        rows.addItemCountChangeListener(e -> shown.setText(e.getItemCount() + " of "
                + dashboard.countries().size() + " States shown"));
        shown.setText(dashboard.countries().size() + " of " + dashboard.countries().size() + " States shown");
        Button remind = new Button("Remind the awaited States shown", VaadinIcon.ENVELOPE_O.create(),
                e -> confirmReminders());
        remind.setId("remind-shown");
        HorizontalLayout filters = new HorizontalLayout(group, status, timing, search, remind);
        filters.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3("States"), filters, shown, grid);
        box.setPadding(false);
        return box;
    }

    /** Reminds the focal points of the States the grid shows whose response is still awaited. */
    private void confirmReminders() {
        List<Long> awaited = rows.getItems().filter(CountryProgress::awaited).map(CountryProgress::assignmentId)
                .toList();
        if (awaited.isEmpty()) {
            Notification.show("None of the States shown is awaited: nobody to remind.");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Send reminders", "E-mail the focal points of " + awaited.size()
                + (awaited.size() == 1 ? " State" : " States") + " whose response is awaited?", "Send", e -> {
                    int sent = reminders.remindNow(awaited);
                    Notification.show(sent + " of " + awaited.size() + " reminders sent; see the reminder log.");
                    UI.getCurrent().getPage().reload();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("primary");
        confirm.open();
    }

    private Component reminderLog(long campaignId) {
        Grid<ReminderLogEntry> log = new Grid<>();
        log.setId("reminder-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(r -> r.at().toString().substring(0, 16).replace('T', ' ')).setHeader("When (UTC)").setAutoWidth(true);
        log.addColumn(ReminderLogEntry::country).setHeader("State").setAutoWidth(true).setKey("country");
        log.addColumn(r -> r.kind().startsWith("due-") ? "Due in " + r.kind().substring(4) + " days"
                : "overdue".equals(r.kind()) ? "Overdue" : "By hand").setHeader("Why").setAutoWidth(true);
        log.addColumn(ReminderLogEntry::recipients).setHeader("To").setFlexGrow(2);
        log.addColumn(ReminderLogEntry::status).setHeader("Outcome").setAutoWidth(true).setKey("status");
        log.addColumn(ReminderLogEntry::sentBy).setHeader("By").setAutoWidth(true);
        List<ReminderLogEntry> entries = reminders.log(campaignId);
        log.setItems(entries);
        log.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3("Reminders sent"), entries.isEmpty()
                ? new Paragraph("No reminder yet.") : log);
        box.setPadding(false);
        return box;
    }

    /** Narrows the country grid (a null argument keeps that filter as it is). */
    private void filter(String groupName, AssignmentStatus state, String deadline) {
        if (groupName != null) {
            group.setValue(groupName);
        }
        if (state != null) {
            status.setValue(state);
        }
        if (deadline != null) {
            timing.setValue(deadline);
        }
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().trim().toLowerCase(Locale.ROOT);
        rows.setFilter(c -> (ALL_GROUPS.equals(group.getValue()) || c.group().equals(group.getValue()))
                && (status.getValue() == null || c.status() == status.getValue())
                && ("Any".equals(timing.getValue()) || ("Overdue".equals(timing.getValue()) && c.overdue(today))
                        || ("Due soon".equals(timing.getValue()) && c.dueSoon(today)))
                && (text.isEmpty() || c.country().name().toLowerCase(Locale.ROOT).contains(text)
                        || c.country().alpha3().toLowerCase(Locale.ROOT).equals(text)));
    }

    private static void open(CountryProgress country) {
        UI.getCurrent().navigate("response/" + country.assignmentId());
    }
}

package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.common.ui.Dates;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.country.RegionalGroup;
import org.qconsole.dashboard.CountryProgress;
import org.qconsole.model.Language;
import org.qconsole.reminder.ReminderService;

/** Every State of the campaign in a list that the filters (and the rest of the page) narrow. */
class StatesPanel extends VerticalLayout implements CountryFilters.Narrowing {

    private final transient ReminderService reminders;
    private final CountryFilters filters;
    private final GridListDataView<CountryProgress> rows;
    private final LocalDate today;

    StatesPanel(CampaignDashboard dashboard, LocalDate today, ReminderService reminders,
            Consumer<CountryProgress> open) {
        this.reminders = reminders;
        this.today = today;
        Grid<CountryProgress> grid = grid(open);
        rows = grid.setItems(dashboard.countries());
        filters = new CountryFilters(dashboard.groups().stream().map(CampaignDashboard.GroupBreakdown::group).toList(),
                this::applyFilter);
        Paragraph shown = new Paragraph();
        shown.setId("country-count");
        int all = dashboard.countries().size();
        rows.addItemCountChangeListener(e -> shown.setText(getTranslation("dashboard.shown", e.getItemCount(), all)));
        shown.setText(getTranslation("dashboard.shown", all, all));
        Button remind = new Button(getTranslation("dashboard.remind"), VaadinIcon.ENVELOPE_O.create(),
                e -> confirmReminders());
        remind.setId("remind-shown");
        filters.add(remind);
        add(new H3(getTranslation("dashboard.states")), filters, shown, grid);
        setPadding(false);
    }

    @Override
    public void narrow(RegionalGroup group, AssignmentStatus status, String deadline) {
        filters.set(group, status, deadline);
        applyFilter();
    }

    private void applyFilter() {
        CountryFilter filter = filters.value();
        rows.setFilter(c -> filter.test(c, today, getLocale()));
    }

    private Grid<CountryProgress> grid(Consumer<CountryProgress> open) {
        Grid<CountryProgress> grid = new Grid<>();
        grid.setId("country-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c.country().label(getLocale())).setHeader(getTranslation("dashboard.state")).setSortable(true)
                .setFlexGrow(2).setKey("state")
                .setComparator(Comparator.comparing(c -> c.country().name(getLocale()), Collator.getInstance(getLocale())));
        grid.addColumn(c -> c.group().in(Language.of(getLocale()))).setHeader(getTranslation("dashboard.regionalGroup")).setSortable(true)
                .setFlexGrow(2).setKey("group");
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("dashboard.status"))
                .setSortable(true).setKey("status");
        grid.addColumn(c -> getTranslation("common.percent", c.percent()))
                .setHeader(getTranslation("dashboard.completion")).setKey("completion")
                .setComparator(Comparator.comparingInt(CountryProgress::percent)).setSortable(true);
        grid.addColumn(c -> c.answered() + " / " + c.required()).setHeader(getTranslation("dashboard.required"));
        grid.addColumn(c -> Dates.day(c.deadline())).setHeader(getTranslation("dashboard.deadline")).setSortable(true)
                .setComparator(Comparator.comparing(CountryProgress::deadline));
        grid.addColumn(c -> c.submittedAt().map(at -> Dates.day(at.atOffset(java.time.ZoneOffset.UTC).toLocalDate()))
                .orElse(""))
                .setHeader(getTranslation("dashboard.submitted"));
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Reminds the focal points of the States the grid shows whose response is still awaited. */
    private void confirmReminders() {
        List<Long> awaited = rows.getItems().filter(CountryProgress::awaited).map(CountryProgress::assignmentId)
                .toList();
        if (awaited.isEmpty()) {
            Notification.show(getTranslation("dashboard.remind.nobody"));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("dashboard.remind.title"),
                getTranslation("dashboard.remind.question", awaited.size()), getTranslation("dashboard.remind.send"),
                e -> {
                    int sent = reminders.remindNow(awaited);
                    Notification.show(getTranslation("dashboard.remind.sent", sent, awaited.size()));
                    UI.getCurrent().getPage().reload();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("primary");
        confirm.open();
    }
}

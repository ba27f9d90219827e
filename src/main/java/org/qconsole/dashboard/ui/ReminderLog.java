package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.qconsole.reminder.ReminderLogEntry;

/** Every reminder sent for the campaign: when, to whom, why and with what outcome. */
class ReminderLog extends VerticalLayout {

    ReminderLog(List<ReminderLogEntry> entries) {
        add(new H3("Reminders sent"));
        if (entries.isEmpty()) {
            add(new Paragraph("No reminder yet."));
        } else {
            add(grid(entries));
        }
        setPadding(false);
    }

    private static Grid<ReminderLogEntry> grid(List<ReminderLogEntry> entries) {
        Grid<ReminderLogEntry> log = new Grid<>();
        log.setId("reminder-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(r -> r.at().toString().substring(0, 16).replace('T', ' ')).setHeader("When (UTC)").setAutoWidth(true);
        log.addColumn(ReminderLogEntry::country).setHeader("State").setAutoWidth(true).setKey("country");
        log.addColumn(r -> why(r.kind())).setHeader("Why").setAutoWidth(true);
        log.addColumn(ReminderLogEntry::recipients).setHeader("To").setFlexGrow(2);
        log.addColumn(ReminderLogEntry::status).setHeader("Outcome").setAutoWidth(true).setKey("status");
        log.addColumn(ReminderLogEntry::sentBy).setHeader("By").setAutoWidth(true);
        log.setItems(entries);
        log.setAllRowsVisible(true);
        return log;
    }

    /** The reminder's kind in words: "due-7" is "Due in 7 days". */
    static String why(String kind) {
        return kind.startsWith("due-") ? "Due in " + kind.substring(4) + " days"
                : "overdue".equals(kind) ? "Overdue" : "By hand";
    }
}

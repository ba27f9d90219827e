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
        add(new H3(getTranslation("dashboard.reminders.title")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.reminders.none")));
        } else {
            add(grid(entries));
        }
        setPadding(false);
    }

    private Grid<ReminderLogEntry> grid(List<ReminderLogEntry> entries) {
        Grid<ReminderLogEntry> log = new Grid<>();
        log.setId("reminder-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(r -> r.at().toString().substring(0, 16).replace('T', ' '))
                .setHeader(getTranslation("dashboard.reminders.when")).setAutoWidth(true);
        log.addColumn(ReminderLogEntry::country).setHeader(getTranslation("dashboard.state")).setAutoWidth(true)
                .setKey("country");
        log.addColumn(r -> why(r.kind())).setHeader(getTranslation("dashboard.reminders.why")).setAutoWidth(true);
        log.addColumn(ReminderLogEntry::recipients).setHeader(getTranslation("dashboard.reminders.to")).setFlexGrow(2);
        log.addColumn(r -> outcome(r.status())).setHeader(getTranslation("dashboard.reminders.outcome"))
                .setAutoWidth(true).setKey("status");
        log.addColumn(ReminderLogEntry::sentBy).setHeader(getTranslation("dashboard.reminders.by")).setAutoWidth(true);
        log.setItems(entries);
        log.setAllRowsVisible(true);
        return log;
    }

    /** The outcome in words: "sent", "no recipient"... */
    private String outcome(String status) {
        return switch (status) {
            case "sent" -> getTranslation("dashboard.reminders.status.sent");
            case "logged" -> getTranslation("dashboard.reminders.status.logged");
            case "failed" -> getTranslation("dashboard.reminders.status.failed");
            case "sending" -> getTranslation("dashboard.reminders.status.sending");
            case "no recipient" -> getTranslation("dashboard.reminders.status.noRecipient");
            default -> status;
        };
    }

    /** The reminder's kind in words: "due-7" is "Due in 7 days". */
    private String why(String kind) {
        if (kind.startsWith("due-") && kind.substring(4).matches("\\d{1,4}")) {
            return getTranslation("dashboard.reminders.due", Integer.parseInt(kind.substring(4)));
        }
        return "overdue".equals(kind) ? getTranslation("dashboard.overdue")
                : getTranslation("dashboard.reminders.byHand");
    }
}

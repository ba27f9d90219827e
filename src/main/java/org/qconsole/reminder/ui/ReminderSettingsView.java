package org.qconsole.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qconsole.identity.Roles;
import org.qconsole.reminder.ReminderException;
import org.qconsole.reminder.ReminderService;
import org.qconsole.reminder.ReminderSettings;
import org.qconsole.common.ui.MenuSummary;

/** The secretariat's wording and timing of the reminders sent to countries' focal points. */
@Route("reminders")
@Menu(title = "Reminders", order = 50, icon = "vaadin:envelope-o")
@MenuSummary("menu.ReminderSettingsView.summary")
@PageTitle("Reminders · Questionnaire Console")
@RolesAllowed(Roles.SECRETARIAT)
class ReminderSettingsView extends VerticalLayout {

    public ReminderSettingsView(ReminderService reminders) {
        setId("reminder-settings");
        addClassName("qc-page");
        ReminderSettings settings = reminders.settings();
        TextField days = new TextField("Remind this many days before the deadline");
        days.setId("reminder-days");
        days.setValue(settings.daysBeforeText());
        days.setHelperText("e.g. 14, 3");
        IntegerField overdue = new IntegerField("When late, remind every (days)");
        overdue.setId("reminder-overdue");
        overdue.setValue(settings.overdueEveryDays());
        overdue.setMin(1);
        overdue.setMax(60);
        TextField subject = new TextField("Subject");
        subject.setId("reminder-subject");
        subject.setValue(settings.subject());
        subject.setWidthFull();
        TextArea body = new TextArea("Text");
        body.setId("reminder-body");
        body.setValue(settings.body());
        body.setWidthFull();
        body.setMinHeight("14em");
        Paragraph help = new Paragraph("Placeholders: " + String.join(", ", ReminderSettings.PLACEHOLDERS)
                + ". Reminders go to the focal points of States whose response is not submitted yet, at the"
                + " e-mail address they had when they last signed in; every reminder is logged on the campaign's"
                + " dashboard.");
        Paragraph status = new Paragraph();
        status.setId("reminder-status");
        Button save = new Button("Save", e -> {
            try {
                reminders.saveSettings(days.getValue(), overdue.getValue() == null ? 0 : overdue.getValue(),
                        subject.getValue(), body.getValue());
                status.setText("Saved.");
                status.removeClassName("qc-error");
            } catch (ReminderException ex) {
                status.setText(ex.getMessage());
                status.addClassName("qc-error");
            }
        });
        save.setId("reminder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Reminders"), help, days, overdue, subject, body, save, status);
    }
}

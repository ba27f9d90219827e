package org.qconsole.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Roles.SECRETARIAT)
class ReminderSettingsView extends VerticalLayout implements HasDynamicTitle {

    public ReminderSettingsView(ReminderService reminders) {
        setId("reminder-settings");
        addClassName("qc-page");
        ReminderSettings settings = reminders.settings();
        TextField days = new TextField(getTranslation("reminder.daysBefore"));
        days.setId("reminder-days");
        days.setValue(settings.daysBeforeText());
        days.setHelperText(getTranslation("reminder.daysBefore.example"));
        IntegerField overdue = new IntegerField(getTranslation("reminder.overdueEvery"));
        overdue.setId("reminder-overdue");
        overdue.setValue(settings.overdueEveryDays());
        overdue.setMin(1);
        overdue.setMax(60);
        ReminderWording wording = new ReminderWording(settings);
        Paragraph help = new Paragraph(getTranslation("reminder.help", String.join(", ", ReminderSettings.PLACEHOLDERS)));
        Paragraph languages = new Paragraph(getTranslation("reminder.languages"));
        Paragraph status = new Paragraph();
        status.setId("reminder-status");
        Button save = new Button(getTranslation("reminder.save"), e -> {
            try {
                wording.showSaved(reminders.saveSettings(days.getValue(), overdue.getValue() == null ? 0
                        : overdue.getValue(), wording.texts()));
                status.setText(getTranslation("reminder.saved"));
                status.removeClassName("qc-error");
            } catch (ReminderException ex) {
                status.setText(ex.reason(getLocale()));
                status.addClassName("qc-error");
            }
        });
        save.setId("reminder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("menu.ReminderSettingsView")), help, days, overdue, languages, wording, save, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.ReminderSettingsView"));
    }
}

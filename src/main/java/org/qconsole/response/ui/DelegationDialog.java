package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.stream.Collectors;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.reminder.Colleagues.Colleague;
import org.qconsole.response.Delegations;
import org.qconsole.response.NewDelegation;
import org.qconsole.response.Response;

/**
 * The focal point gives sections of the response (or all of it) to colleagues of the State, with an internal due
 * date and a message. A refusal is shown in the dialog, which stays open so nothing chosen is lost.
 */
final class DelegationDialog extends Dialog {

    private static final String ID = "delegation";

    /** @param given runs once the work is given */
    DelegationDialog(Delegations delegations, Response response, Language language, SerializableRunnable given) {
        setHeaderTitle(getTranslation("delegation.give"));
        setId(ID);
        setWidth("36em");
        long assignmentId = response.assignment().id();
        List<Colleague> known = delegations.colleagues(assignmentId);
        MultiSelectComboBox<Colleague> colleagues = new MultiSelectComboBox<>(
                getTranslation("delegation.dialog.colleagues"), known);
        colleagues.setId(ID + "-colleagues");
        colleagues.setItemLabelGenerator(c -> c.displayName().equals(c.username()) ? c.username()
                : c.displayName() + " (" + c.username() + ")");
        colleagues.setWidthFull();
        RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>(getTranslation("delegation.dialog.scope"));
        scope.setId(ID + "-scope");
        scope.setItems(false, true);
        scope.setItemLabelGenerator(whole -> getTranslation(whole ? "delegation.dialog.whole"
                : "delegation.dialog.sections"));
        scope.setValue(false);
        CheckboxGroup<Section> sections = new CheckboxGroup<>();
        sections.setId(ID + "-sections");
        sections.setItems(response.questionnaire().sections());
        sections.setItemLabelGenerator(section -> section.heading(language));
        sections.addThemeName("vertical");
        scope.addValueChangeListener(e -> sections.setEnabled(!e.getValue()));
        DatePicker due = new DatePicker(getTranslation("delegation.dialog.due"));
        due.setId(ID + "-due");
        due.setMin(Assignment.today());
        due.setHelperText(getTranslation("delegation.dialog.dueHelp", Dates.day(response.assignment().deadline())));
        TextArea message = new TextArea(getTranslation("delegation.dialog.message"));
        message.setId(ID + "-message");
        message.setWidthFull();
        Paragraph error = new Paragraph(known.isEmpty() ? getTranslation("delegation.dialog.noColleagues") : "");
        error.setId(ID + "-error");
        error.addClassName("qc-error");
        Button give = new Button(getTranslation("delegation.dialog.give"), e -> {
            try {
                delegations.delegate(assignmentId, new NewDelegation(
                        colleagues.getValue().stream().map(Colleague::username).collect(Collectors.toSet()),
                        scope.getValue(), sections.getValue().stream().map(Section::key).collect(Collectors.toSet()),
                        due.getValue(), message.getValue()));
                close();
                Notification.show(getTranslation("delegation.given", colleagues.getValue().stream()
                        .map(colleagues.getItemLabelGenerator()).collect(Collectors.joining(", "))));
                given.run();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        give.setId(ID + "-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId(ID + "-cancel");
        VerticalLayout fields = new VerticalLayout(colleagues, scope, sections, due, message, error);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, give);
    }
}

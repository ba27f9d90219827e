package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.response.CountryRequest.Kind;
import org.qconsole.response.CountryRequests;

/**
 * The focal point asks the secretariat for more time (a date and why) or for the submitted response to be
 * reopened (why). A refusal is shown in the dialog, which stays open so nothing typed is lost.
 */
final class RequestDialog extends Dialog {

    /** @param asked runs once the request is recorded */
    RequestDialog(CountryRequests requests, Assignment assignment, Kind kind, SerializableRunnable asked) {
        setHeaderTitle(getTranslation("request.ask." + kind.name()));
        String id = "request-" + kind.dbValue();
        setId(id);
        DatePicker until = new DatePicker(getTranslation("request.until"));
        until.setId(id + "-until");
        until.setMin((assignment.deadline().isAfter(Assignment.today()) ? assignment.deadline() : Assignment.today())
                .plusDays(1));
        until.setHelperText(getTranslation("request.untilHelp", Dates.day(assignment.deadline())));
        TextArea reason = new TextArea(getTranslation("request.reason"));
        reason.setId(id + "-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        Paragraph error = new Paragraph();
        error.setId(id + "-error");
        error.addClassName("qc-error");
        Button send = new Button(getTranslation("request.send"), e -> {
            try {
                if (kind == Kind.EXTENSION) {
                    requests.askForExtension(assignment.id(), until.getValue(), reason.getValue());
                } else {
                    requests.askToReopen(assignment.id(), reason.getValue());
                }
                close();
                asked.run();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        send.setId(id + "-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        VerticalLayout fields = kind == Kind.EXTENSION ? new VerticalLayout(until, reason, error)
                : new VerticalLayout(reason, error);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, send);
    }
}

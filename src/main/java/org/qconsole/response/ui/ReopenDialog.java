package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.response.ResponseWorkflow;

/** The secretariat opens an accepted response again, saying why (the country sees the reason). */
final class ReopenDialog extends Dialog {

    /** @param reopened runs once the response is reopened */
    ReopenDialog(ResponseWorkflow workflow, long assignmentId, SerializableRunnable reopened) {
        setHeaderTitle(getTranslation("reopen.title"));
        TextArea reason = new TextArea(getTranslation("reopen.reason"));
        reason.setId("reopen-reason");
        reason.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("reopen-error");
        error.addClassName("qc-error");
        Button confirm = new Button(getTranslation("response.reopen"), e -> {
            try {
                workflow.reopen(assignmentId, reason.getValue());
                close();
                reopened.run();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        confirm.setId("reopen-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("reopen-cancel");
        add(new VerticalLayout(reason, error));
        getFooter().add(cancel, confirm);
    }
}

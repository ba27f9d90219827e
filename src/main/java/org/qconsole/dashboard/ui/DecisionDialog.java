package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequests;

/**
 * The secretariat grants or refuses a State's request, with a comment the State reads (required to refuse).
 * Granting does what was asked: the State's deadline moves, or its response goes back to it.
 */
final class DecisionDialog extends Dialog {

    /** @param decided runs once the decision is recorded */
    DecisionDialog(CountryRequests requests, CountryRequest request, boolean grant, SerializableRunnable decided) {
        String id = grant ? "request-grant" : "request-refuse";
        setId(id);
        setHeaderTitle(getTranslation(grant ? "dashboard.requests.grantTitle" : "dashboard.requests.refuseTitle"));
        Paragraph what = new Paragraph(getTranslation(grant ? "dashboard.requests.grantText." + request.kind().name()
                : "dashboard.requests.refuseText", request.until().map(Dates::day).orElse("")));
        TextArea comment = new TextArea(getTranslation("dashboard.requests.comment"));
        comment.setId(id + "-comment");
        comment.setWidthFull();
        comment.setRequired(!grant);
        Paragraph error = new Paragraph();
        error.setId(id + "-error");
        error.addClassName("qc-error");
        Button confirm = new Button(getTranslation(grant ? "dashboard.requests.grant" : "dashboard.requests.refuse"),
                e -> {
                    try {
                        if (grant) {
                            requests.grant(request.id(), comment.getValue());
                        } else {
                            requests.refuse(request.id(), comment.getValue());
                        }
                        close();
                        decided.run();
                    } catch (AssignmentException ex) {
                        error.setText(ex.reason(getLocale()));
                    }
                });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        VerticalLayout body = new VerticalLayout(what, comment, error);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, confirm);
    }
}

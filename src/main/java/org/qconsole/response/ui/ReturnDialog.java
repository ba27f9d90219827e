package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.response.Response;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.model.RichText;
import org.qconsole.model.Question;

/** The secretariat sends a submitted response back: a message, and comments on individual questions. */
final class ReturnDialog extends Dialog {

    private final Map<String, String> collected = new LinkedHashMap<>();
    private final Select<Question> question = new Select<>();
    private final TextArea comment = new TextArea();

    /** @param returned runs once the response is returned */
    ReturnDialog(ResponseWorkflow workflow, Response response, SerializableRunnable returned) {
        setHeaderTitle(getTranslation("return.title", response.assignment().country().name(getLocale())));
        comment.setLabel(getTranslation("return.comment"));
        TextArea message = new TextArea(getTranslation("return.message"));
        message.setId("return-message");
        message.setWidthFull();
        question.setId("return-question");
        question.setLabel(getTranslation("return.question"));
        question.setItems(response.questionnaire().questions());
        question.setItemLabelGenerator(q -> q.number() + " " + RichText.toPlainText(q.text().english()));
        comment.setId("return-comment");
        comment.setWidthFull();
        UnorderedList added = new UnorderedList();
        Button add = new Button(getTranslation("return.add"), e -> {
            if (collectComment()) {
                added.add(new ListItem(question.getValue().number() + ": " + comment.getValue()));
                comment.clear();
            }
        });
        add.setId("return-add");
        Paragraph error = new Paragraph();
        error.setId("return-error");
        error.addClassName("qc-error");
        Button confirm = new Button(getTranslation("return.confirm"), e -> {
            try {
                collectComment(); // a comment typed but not added still counts
                workflow.returnToCountry(response.assignment().id(), collected, message.getValue());
                close();
                returned.run();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("return-cancel");
        add(new VerticalLayout(message, question, comment, add, added, error));
        getFooter().add(cancel, confirm);
    }

    private boolean collectComment() {
        if (question.getValue() == null || comment.getValue().isBlank()) {
            return false;
        }
        collected.put(question.getValue().key(), comment.getValue());
        return true;
    }
}

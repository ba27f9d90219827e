package org.qconsole.template.ui;

import static org.qconsole.template.model.TemplateJson.ANSWER;
import static org.qconsole.template.model.TemplateJson.FOOTNOTES;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.qconsole.answer.DocumentsKind;
import org.qconsole.answer.Settings;
import org.qconsole.answer.ui.AnswerSpecEditor;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Question;
import org.qconsole.model.SupportingDocuments;
import org.qconsole.model.TemplateDefinition;

/**
 * A question: its wording, answer settings, conditions and footnotes, then the texts of its answer settings and
 * footnotes in the six languages side by side; its sub-questions are edited on their own.
 */
class QuestionEditor extends NodeEditor {

    QuestionEditor(TemplateDefinition definition, Path path, DraftChange change) {
        super("template.item.QUESTION");
        Question q = (Question) DraftEditor.item(definition, path);
        TextField key = textField(getTranslation("template.field.key"), "item-key", q.key());
        key.setHelperText(getTranslation("template.field.keyHelp"));
        TextField number = textField(getTranslation("template.field.number"), "item-number", q.number());
        LocalizedTextEditor text = new LocalizedTextEditor(getTranslation("template.item.QUESTION"), "item-text", true);
        text.setValue(q.text());
        LocalizedTextEditor help = new LocalizedTextEditor(getTranslation("template.field.help"), "item-help", true);
        help.setValue(q.help());
        Checkbox required = new Checkbox(getTranslation("template.field.required"), q.required());
        required.setId("item-required");
        FootnotesEditor footnotes = new FootnotesEditor("item-footnotes");
        footnotes.setFootnotes(q.footnotes());
        Checkbox supporting = new Checkbox(getTranslation("template.field.supporting"),
                q.supportingDocuments() != null);
        supporting.setId("item-supporting-documents");
        supporting.setHelperText(getTranslation("template.field.supportingHelp"));
        IntegerField mostFiles = new IntegerField(getTranslation("template.field.mostFiles"));
        mostFiles.setId("item-supporting-documents-max");
        mostFiles.setManualValidation(true);
        mostFiles.setPlaceholder(String.valueOf(DocumentsKind.DEFAULT_MAX_FILES));
        mostFiles.setHelperText(getTranslation("template.field.mostFilesHelp", DocumentsKind.DEFAULT_MAX_FILES,
                Settings.MAX_FILES));
        mostFiles.setValue(q.supportingDocuments() == null ? null : q.supportingDocuments().maxFiles());
        mostFiles.setVisible(supporting.getValue());
        AnswerSpecEditor answer = new AnswerSpecEditor();
        answer.setOptionLists(definition.optionLists());
        answer.setConditionFields((idPrefix, label, earlierInGroup, value, onEdit) -> {
            ConditionEditor editor = new ConditionEditor(label, idPrefix);
            editor.setQuestions(earlierInGroup);
            editor.setValue(value);
            editor.addEditListener(onEdit);
            return editor;
        });
        answer.setValue(q.answer());
        ConditionEditor visible = new ConditionEditor(getTranslation("template.field.visibleWhen"), "visible");
        ConditionEditor requiredWhen = new ConditionEditor(getTranslation("template.field.requiredWhen"), "required-when");
        List<Question> earlier = earlierQuestions(definition, q.key());
        visible.setQuestions(earlier);
        requiredWhen.setQuestions(earlier);
        visible.setValue(q.visibleWhen());
        requiredWhen.setValue(q.requiredWhen());
        Runnable apply = () -> change.apply(d -> {
            Question current = (Question) DraftEditor.item(d, path);
            SupportingDocuments documents = supporting.getValue() ? new SupportingDocuments(mostFiles.getValue())
                    : null;
            return DraftEditor.replaceItem(d, path, new Question(key.getValue(), number.getValue(), text.getValue(),
                    help.getValue(), answer.getValue(), required.getValue(), requiredWhen.getValue(),
                    visible.getValue(), footnotes.footnotes(), current.items(), documents));
        }, true);
        onClientChange(key, apply);
        onClientChange(number, apply);
        text.addEditListener(v -> apply.run());
        help.addEditListener(v -> apply.run());
        onClientChange(required, apply);
        onClientChange(supporting, () -> {
            mostFiles.setVisible(supporting.getValue());
            apply.run();
        });
        onClientChange(mostFiles, () -> {
            Integer most = mostFiles.getValue();
            boolean allowed = most == null || most >= 1 && most <= Settings.MAX_FILES;
            mostFiles.setInvalid(!allowed);
            mostFiles.setErrorMessage(allowed ? null : getTranslation("template.field.mostFilesError",
                    Settings.MAX_FILES, DocumentsKind.DEFAULT_MAX_FILES));
            if (allowed) {
                apply.run();
            }
        });
        PartTranslations texts = new PartTranslations("item-texts", part -> {
            answer.setValue(PartJson.read(part.get(ANSWER), AnswerSpec.class));
            footnotes.setFootnotes(PartJson.footnotes(part.get(FOOTNOTES)));
            apply.run();
        });
        Runnable showTexts = () -> texts.show(PartJson.of(ANSWER, answer.getValue(), FOOTNOTES, footnotes.footnotes()));
        showTexts.run();
        answer.addEditListener(v -> {
            apply.run();
            showTexts.run();
        });
        visible.addEditListener(v -> apply.run());
        requiredWhen.addEditListener(v -> apply.run());
        footnotes.addEditListener(v -> {
            apply.run();
            showTexts.run();
        });
        add(key, number, text, help, required, answer, supporting, mostFiles, visible, requiredWhen, footnotes, texts);
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/**
 * A text block between questions: its key, text and when it is shown; with a number it is a heading over the
 * sub-questions added under it (it has no answer of its own).
 */
class TextBlockEditor extends NodeEditor {

    TextBlockEditor(TemplateDefinition definition, Path path, DraftChange change) {
        super("template.item.TEXT");
        TextBlock t = (TextBlock) DraftEditor.item(definition, path);
        TextField key = textField(getTranslation("template.field.key"), "item-key", t.key());
        TextField number = textField(getTranslation("template.field.number"), "item-number", t.number());
        number.setHelperText(getTranslation("template.field.headingNumberHelp"));
        LocalizedTextEditor text = new LocalizedTextEditor(getTranslation("template.item.TEXT"), "item-text", true);
        text.setValue(t.text());
        ConditionEditor visible = new ConditionEditor(getTranslation("template.field.visibleWhen"), "visible");
        visible.setQuestions(earlierQuestions(definition, t.key()));
        visible.setValue(t.visibleWhen());
        Runnable apply = () -> change.apply(d -> DraftEditor.replaceItem(d, path,
                new TextBlock(key.getValue(), text.getValue(), visible.getValue(), number.getValue().strip(),
                        DraftEditor.item(d, path).items())), true);
        onClientChange(key, apply);
        onClientChange(number, apply);
        text.addEditListener(v -> apply.run());
        visible.addEditListener(v -> apply.run());
        add(key, number, text, visible);
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.answer.ui.OptionListsField;
import org.qconsole.model.TemplateDefinition;

/** The questionnaire's own details: title, circular reference, introduction, footnotes and shared option lists. */
class DetailsEditor extends NodeEditor {

    DetailsEditor(TemplateDefinition definition, DraftChange change) {
        super("template.editor.details");
        LocalizedTextEditor title = new LocalizedTextEditor(getTranslation("template.field.title"), "details-title",
                false);
        title.setValue(definition.title());
        title.addEditListener(v -> change.apply(d -> d.withTitle(v), true));
        TextField circular = textField(getTranslation("template.field.circular"), "details-circular", definition.circularReference());
        circular.setHelperText(getTranslation("template.field.circularHelp"));
        onClientChange(circular, () -> change.apply(d -> d.withCircularReference(circular.getValue()), false));
        LocalizedTextEditor intro = new LocalizedTextEditor(getTranslation("template.field.introduction"),
                "details-introduction", true);
        intro.setValue(definition.introduction());
        intro.addEditListener(v -> change.apply(d -> d.withIntroduction(v), false));
        FootnotesEditor footnotes = new FootnotesEditor("details-footnotes");
        footnotes.setFootnotes(definition.footnotes());
        footnotes.addEditListener(v -> change.apply(d -> d.withFootnotes(v), false));
        OptionListsField optionLists = new OptionListsField("details-option-lists",
                definition::usedOptionLists);
        optionLists.setValue(definition.optionLists());
        optionLists.addEditListener(v -> change.apply(d -> d.withOptionLists(v), true));
        add(title, circular, intro, footnotes, optionLists);
    }
}

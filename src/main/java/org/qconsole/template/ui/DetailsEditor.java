package org.qconsole.template.ui;

import static org.qconsole.template.model.TemplateJson.FOOTNOTES;
import static org.qconsole.template.model.TemplateJson.OPTION_LISTS;

import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.answer.ui.OptionListsField;
import java.util.List;
import org.qconsole.model.Footnote;
import org.qconsole.model.OptionList;
import org.qconsole.model.TemplateDefinition;

/**
 * The questionnaire's own details: title, circular reference, introduction, footnotes and shared option lists, then
 * the texts of the footnotes and lists in the six languages side by side.
 */
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
        OptionListsField optionLists = new OptionListsField("details-option-lists",
                definition::usedOptionLists);
        optionLists.setValue(definition.optionLists());
        PartTranslations texts = new PartTranslations("details-texts", part -> {
            List<Footnote> translatedFootnotes = PartJson.footnotes(part.get(FOOTNOTES));
            List<OptionList> translatedLists = PartJson.optionLists(part.get(OPTION_LISTS));
            footnotes.setFootnotes(translatedFootnotes);
            optionLists.setValue(translatedLists);
            change.apply(d -> d.withFootnotes(translatedFootnotes).withOptionLists(translatedLists), true);
        });
        Runnable showTexts = () -> texts.show(PartJson.of(FOOTNOTES, footnotes.footnotes(), OPTION_LISTS,
                optionLists.getValue()));
        showTexts.run();
        footnotes.addEditListener(v -> {
            change.apply(d -> d.withFootnotes(v), false);
            showTexts.run();
        });
        optionLists.addEditListener(v -> {
            change.apply(d -> d.withOptionLists(v), true);
            showTexts.run();
        });
        add(title, circular, intro, footnotes, optionLists, texts);
    }
}

package org.qconsole.template.ui;

import static org.qconsole.template.model.TemplateJson.FOOTNOTES;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** A section's key, number, title, introduction and footnotes; its items are edited on their own. */
class SectionEditor extends NodeEditor {

    SectionEditor(TemplateDefinition definition, Path path, DraftChange change) {
        this("template.item.SECTION", definition, path, change);
    }

    protected SectionEditor(String titleKey, TemplateDefinition definition, Path path, DraftChange change) {
        super(titleKey);
        Section s = DraftEditor.section(definition, path);
        TextField key = textField(getTranslation("template.field.key"), "section-key", s.key());
        TextField number = textField(getTranslation("template.field.number"), "section-number", s.number());
        LocalizedTextEditor heading = new LocalizedTextEditor(getTranslation("template.field.title"), "section-title",
                false);
        heading.setValue(s.title());
        LocalizedTextEditor intro = new LocalizedTextEditor(getTranslation("template.field.introduction"),
                "section-introduction", true);
        intro.setValue(s.introduction());
        FootnotesEditor footnotes = new FootnotesEditor("section-footnotes");
        footnotes.setFootnotes(s.footnotes());
        Runnable apply = () -> change.apply(d -> {
            Section current = DraftEditor.section(d, path);
            return DraftEditor.replaceSection(d, path.section(), new Section(key.getValue(), number.getValue(),
                    heading.getValue(), intro.getValue(), footnotes.footnotes(), current.items(), current.plugin()));
        }, true);
        PartTranslations texts = new PartTranslations("section-texts", part -> {
            footnotes.setFootnotes(PartJson.footnotes(part.get(FOOTNOTES)));
            apply.run();
        });
        texts.show(footnotesPart(footnotes));
        footnotes.addEditListener(v -> {
            apply.run();
            texts.show(footnotesPart(footnotes));
        });
        onClientChange(key, apply);
        onClientChange(number, apply);
        heading.addEditListener(v -> apply.run());
        intro.addEditListener(v -> apply.run());
        add(key, number, heading, intro, footnotes, texts);
    }

    private static JsonNode footnotesPart(FootnotesEditor footnotes) {
        return PartJson.of(FOOTNOTES, footnotes.footnotes());
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** A section's key, number, title, introduction and footnotes; its items are edited on their own. */
class SectionEditor extends NodeEditor {

    SectionEditor(TemplateDefinition definition, Path path, DraftChange change) {
        this("Section", definition, path, change);
    }

    protected SectionEditor(String title, TemplateDefinition definition, Path path, DraftChange change) {
        super(title);
        Section s = DraftEditor.section(definition, path);
        TextField key = textField("Key", "section-key", s.key());
        TextField number = textField("Number", "section-number", s.number());
        LocalizedTextEditor heading = new LocalizedTextEditor("Title", "section-title", false);
        heading.setValue(s.title());
        LocalizedTextEditor intro = new LocalizedTextEditor("Introduction", "section-introduction", true);
        intro.setValue(s.introduction());
        FootnotesEditor footnotes = new FootnotesEditor("section-footnotes");
        footnotes.setFootnotes(s.footnotes());
        Runnable apply = () -> change.apply(d -> {
            Section current = DraftEditor.section(d, path);
            return DraftEditor.replaceSection(d, path.section(), new Section(key.getValue(), number.getValue(),
                    heading.getValue(), intro.getValue(), footnotes.footnotes(), current.items(), current.plugin()));
        }, true);
        footnotes.addEditListener(v -> apply.run());
        onClientChange(key, apply);
        onClientChange(number, apply);
        heading.addEditListener(v -> apply.run());
        intro.addEditListener(v -> apply.run());
        add(key, number, heading, intro, footnotes);
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.qconsole.model.TemplateDefinition;

/** The questionnaire's own details: title, circular reference, introduction and footnotes. */
class DetailsEditor extends NodeEditor {

    DetailsEditor(TemplateDefinition definition, DraftChange change) {
        super("Questionnaire details");
        LocalizedTextEditor title = new LocalizedTextEditor("Title", "details-title", false);
        title.setValue(definition.title());
        title.addEditListener(v -> change.apply(d -> new TemplateDefinition(v, d.circularReference(), d.introduction(),
                d.footnotes(), d.sections()), true));
        TextField circular = textField("Circular reference", "details-circular", definition.circularReference());
        circular.setHelperText("e.g. CU 2023/187/DTA/CEB/CSS");
        onClientChange(circular, () -> change.apply(d -> new TemplateDefinition(d.title(), circular.getValue(),
                d.introduction(), d.footnotes(), d.sections()), false));
        LocalizedTextEditor intro = new LocalizedTextEditor("Introduction", "details-introduction", true);
        intro.setValue(definition.introduction());
        intro.addEditListener(v -> change.apply(d -> new TemplateDefinition(d.title(), d.circularReference(), v,
                d.footnotes(), d.sections()), false));
        FootnotesEditor footnotes = new FootnotesEditor("details-footnotes");
        footnotes.setFootnotes(definition.footnotes());
        footnotes.addEditListener(v -> change.apply(d -> new TemplateDefinition(d.title(), d.circularReference(),
                d.introduction(), v, d.sections()), false));
        add(title, circular, intro, footnotes);
    }
}

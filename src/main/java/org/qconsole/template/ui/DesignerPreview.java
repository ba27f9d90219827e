package org.qconsole.template.ui;

import org.qconsole.answer.ui.QuestionnaireForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;

/** The designer's live preview: the draft exactly as country users will see it, answerable but never saved. */
class DesignerPreview extends Div {

    private final transient SectionTypeService sectionTypes;

    DesignerPreview(SectionTypeService sectionTypes) {
        this.sectionTypes = sectionTypes;
        setId("designer-preview");
        addClassName("qc-designer-preview");
    }

    void show(TemplateDefinition definition) {
        removeAll();
        add(new H3(getTranslation("template.preview")), new QuestionnaireForm(definition, Language.EN, sectionTypes::type));
    }
}

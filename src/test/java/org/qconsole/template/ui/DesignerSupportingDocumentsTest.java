package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Question;
import org.qconsole.model.SupportingDocuments;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/** A designer lets any question take supporting documents; the file and the preview show them. */
class DesignerSupportingDocumentsTest extends ViewTest {

    @Autowired
    TemplateService templates;

    @Test
    void aQuestionAllowedSupportingDocumentsIsWrittenSoAndPreviewedWithAnUpload() throws Exception {
        signInAs("secretariat");
        TemplateVersion draft = templates.create("SUP-" + UUID.randomUUID().toString().substring(0, 6), "Laws");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Legislation");
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        String key = _get(TextField.class, s -> s.withId("item-key")).getValue();

        _setValue(_get(Checkbox.class, s -> s.withId("item-supporting-documents")), true);

        Question question = (Question) templates.version(draft.id()).definition().sections().get(0).items().get(0);
        assertThat(question.supportingDocuments()).isEqualTo(new SupportingDocuments(null));
        var exported = TemplateJson.mapper().readTree(templates.export(draft.id()));
        assertThat(exported.at("/version/sections/0/items/0/supportingDocuments").isObject()).isTrue();
        assertThat(_find(Upload.class, s -> s.withId("answer-" + key + Question.DOCUMENTS_SUFFIX)))
                .as("the preview shows the upload").hasSize(1);

        IntegerField most = _get(IntegerField.class, s -> s.withId("item-supporting-documents-max"));
        _setValue(most, 500);
        assertThat(most.getErrorMessage()).isEqualTo("Enter 1 to 200, or nothing for 10");
        assertThat(supportingDocuments(draft)).as("the last valid setting is kept")
                .isEqualTo(new SupportingDocuments(null));
        _setValue(most, 3);
        assertThat(most.isInvalid()).isFalse();
        assertThat(supportingDocuments(draft)).isEqualTo(new SupportingDocuments(3));

        _setValue(_get(Checkbox.class, s -> s.withId("item-supporting-documents")), false);
        assertThat(supportingDocuments(draft)).isNull();
        assertThat(most.isVisible()).isFalse();
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    private SupportingDocuments supportingDocuments(TemplateVersion draft) {
        return ((Question) templates.version(draft.id()).definition().sections().get(0).items().get(0))
                .supportingDocuments();
    }
}

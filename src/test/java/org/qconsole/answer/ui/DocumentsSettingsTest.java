package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** The designer's settings of a documents question, and its field in a preview (which stores nothing). */
class DocumentsSettingsTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theDesignerChoosesDocumentsAndSetsTheMostFilesAndDescriptions() {
        AnswerSpecEditor editor = new AnswerSpecEditor();
        UI.getCurrent().add(editor);
        List<AnswerSpec> edits = new ArrayList<>();
        editor.addEditListener(edits::add);

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, s -> s.withId("answer-kind"));
        _setValue(kind, "Documents");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Documents(null, null));
        _setValue(_get(IntegerField.class, s -> s.withId("answer-max-files")), 5);
        _setValue(_get(Checkbox.class, s -> s.withId("answer-descriptions")), false);

        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Documents(5, false));
        assertThat(edits).last().isEqualTo(new AnswerSpec.Documents(5, false));

        IntegerField maxFiles = _get(IntegerField.class, s -> s.withId("answer-max-files"));
        _setValue(maxFiles, 500);
        assertThat(maxFiles.getErrorMessage()).isEqualTo("Enter 1 to 200, or nothing for 10");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Documents(5, false));
    }

    @Test
    void aPreviewShowsTheUploadAndRefusesToStoreAFile() {
        Question laws = new Question("q1_laws", "1", LocalizedText.en("Attach the laws."), LocalizedText.EMPTY,
                new AnswerSpec.Documents(2, null), false, null, null, List.of(), List.of());
        UI.getCurrent().add(new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Preview"), "", LocalizedText.EMPTY,
                List.of(), List.of(new Section("s1", "I", LocalizedText.en("Laws"), LocalizedText.EMPTY, List.of(),
                        List.of(laws), null))), Language.EN));

        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(Upload.class, s -> s.withId("answer-q1_laws")),
                "law.pdf", "application/pdf", "%PDF-1.4".getBytes());
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, s -> s.withId("answer-q1_laws-problem")).getText())
                .isEqualTo("Files are attached in a country's response, not in a preview.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("answer-q1_laws-download-1")))
                .isEmpty();
    }
}

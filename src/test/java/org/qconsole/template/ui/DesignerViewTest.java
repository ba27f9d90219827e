package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.springframework.beans.factory.annotation.Autowired;

/** The designer, browserless: every edit is saved at once and the preview follows. */
class DesignerViewTest extends ViewTest {

    @Autowired
    TemplateService templates;

    private TemplateVersion draft;

    @BeforeEach
    void openDesigner() {
        signInAs("secretariat");
        draft = templates.create("DES-" + UUID.randomUUID().toString().substring(0, 6), "Designer test");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
    }

    @Test
    void buildsAQuestionWithAConditionalSubQuestionAndSavesEveryStep() {
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "General");
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(_get(TextField.class, s -> s.withId("item-key")), "q1_ict");
        _setValue(_get(TextArea.class, s -> s.withId("item-text-en")), "Do you use ICT?");
        _click(_get(Button.class, s -> s.withId("designer-add-subquestion")));
        _setValue(_get(TextField.class, s -> s.withId("item-key")), "q1a_which");
        _setValue(_get(TextArea.class, s -> s.withId("item-text-en")), "Which ones?");
        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, s -> s.withId("answer-kind"));
        _setValue(kind, "Multiple choice");
        _setValue(_get(TextArea.class, s -> s.withId("answer-options")), "email = Email\nvideo = Video");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("visible-on")), true);
        @SuppressWarnings("unchecked")
        Select<Question> on = _get(Select.class, s -> s.withId("visible-question-0"));
        _setValue(on, on.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<String> test = _get(Select.class, s -> s.withId("visible-test-0"));
        _setValue(test, "is Yes");

        assertThat(_get(Span.class, s -> s.withId("designer-status")).getText()).isEqualTo("All changes saved");
        TemplateVersion saved = templates.version(draft.id());
        assertThat(saved.definition().sections().get(0).title().english()).isEqualTo("General");
        Question parent = saved.definition().questions().get(0);
        assertThat(parent.key()).isEqualTo("q1_ict");
        Question child = (Question) parent.items().get(0);
        assertThat(child.key()).isEqualTo("q1a_which");
        assertThat(child.answer()).isInstanceOf(AnswerSpec.MultipleChoice.class);
        assertThat(((AnswerSpec.MultipleChoice) child.answer()).options()).extracting(AnswerSpec.Option::value)
                .containsExactly("email", "video");
        assertThat(child.visibleWhen()).isEqualTo(new Condition.Equals("q1_ict", TextNode.valueOf("yes")));
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @Test
    void aFollowUpOnAGridCellIsPickedByRowColumnAndOptionAndSaved() {
        AnswerSpec.Grid herds = new AnswerSpec.Grid(
                List.of(new AnswerSpec.Row("cattle", LocalizedText.en("Cattle")),
                        new AnswerSpec.Row("pigs", LocalizedText.en("Pigs"))),
                List.of(new AnswerSpec.Column("extent", LocalizedText.en("Extent"), AnswerSpec.ColumnType.CHOICE,
                        List.of(new AnswerSpec.Option("all", LocalizedText.en("All")),
                                new AnswerSpec.Option("some", LocalizedText.en("In some sectors"))))));
        TemplateDefinition definition = TemplateFixtures.withItems(TemplateFixtures.everyKind(), List.of(
                TemplateFixtures.question("q1_herds", "1", "Herds checked", herds, List.of()),
                TemplateFixtures.question("q2_sectors", "2", "Which sectors?", new AnswerSpec.ShortText(null),
                        List.of())));
        templates.saveDraft(draft.id(), templates.version(draft.id()).revision(), definition);
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        GridKt._clickItem(_get(DesignerOutline.class), 2);
        assertThat(_get(TextField.class, s -> s.withId("item-key")).getValue()).isEqualTo("q2_sectors");

        _setValue(_get(Checkbox.class, s -> s.withId("visible-on")), true);
        Select<Question> on = select("visible-question-0");
        _setValue(on, on.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(select("visible-row-0"), "cattle");
        assertThat(this.<String>select("visible-column-0").getValue()).isEqualTo("extent");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> options = _get(MultiSelectComboBox.class, s -> s.withId("visible-values-0"));
        assertThat(options.getItemLabelGenerator().apply("some")).isEqualTo("In some sectors");
        _setValue(options, Set.of("some"));

        assertThat(_get(Span.class, s -> s.withId("designer-status")).getText()).isEqualTo("All changes saved");
        assertThat(templates.version(draft.id()).definition().questions().get(1).visibleWhen())
                .isEqualTo(new Condition.GridCell("q1_herds", "cattle", "extent", List.of(TextNode.valueOf("some")),
                        null, null));
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @Test
    void footnotesWithLinksAreEditedAndAMalformedLineIsRefused() {
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        TextArea footnotes = _get(TextArea.class, s -> s.withId("item-footnotes"));

        _setValue(footnotes, "4 | Members: <a href=\"https://globenetwork.unodc.org\">list</a>");
        assertThat(templates.version(draft.id()).definition().questions().get(0).footnotes())
                .singleElement().satisfies(f -> {
                    assertThat(f.marker()).isEqualTo("4");
                    assertThat(f.text().english()).contains("href=\"https://globenetwork.unodc.org\"",
                            "rel=\"noopener noreferrer\"");
                });

        _setValue(footnotes, "no marker here");
        assertThat(footnotes.isInvalid()).isTrue();
        assertThat(footnotes.getErrorMessage()).contains("Line 1: write the marker");
        assertThat(templates.version(draft.id()).definition().questions().get(0).footnotes()).hasSize(1);
    }

    @Test
    void aPublishedVersionIsNotOpenedForEditing() {
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        templates.publish(draft.id());

        UI.getCurrent().navigate(DesignerView.class, draft.id());

        assertThat(_get(DesignerView.class).getElement().getTextRecursively())
                .contains("is published", "Create a new draft from it");
    }

    @Test
    void aStaleDraftSaysSoInsteadOfOverwriting() {
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        TemplateVersion current = templates.version(draft.id());
        templates.saveDraft(draft.id(), current.revision(), current.definition());

        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Changed meanwhile");

        assertThat(_get(Span.class, s -> s.withId("designer-status")).getText()).startsWith("Not saved: Someone else");
    }
}

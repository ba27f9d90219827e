package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.CompareWith;
import org.qconsole.model.FormatType;
import org.qconsole.model.Relation;
import org.qconsole.model.TextFormat;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.springframework.beans.factory.annotation.Autowired;

/** The designer's checks, browserless: set in the settings editor, saved in the draft, applied by the preview. */
class DesignerChecksTest extends ViewTest {

    @Autowired
    TemplateService templates;

    private TemplateVersion draft;

    @BeforeEach
    void openDesigner() {
        signInAs("secretariat");
        draft = templates.create("CHK-" + UUID.randomUUID().toString().substring(0, 6), "Checks in the designer");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Cases");
    }

    @Test
    void aPatternWithItsMessageInTwoLanguagesIsSavedAndThePreviewShowsTheMessage() {
        question("q1_case", "Case number", "Short text");
        _setValue(select("answer-format"), "pattern");
        _setValue(text("answer-pattern"), "([A-Z]{3}");
        assertThat(text("answer-pattern").isInvalid()).isTrue();
        assertThat(text("answer-pattern").getErrorMessage()).startsWith("The pattern is not a valid regular expression");

        _setValue(text("answer-pattern"), "[A-Z]{3}-[0-9]{4}");
        _setValue(text("answer-format-message-en"), "Write it as ABC-1234.");
        _setValue(text("answer-format-message-fr"), "Écrivez-le sous la forme ABC-1234.");

        assertThat(text("answer-pattern").isInvalid()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("designer-status")).getText()).isEqualTo("All changes saved");
        assertThat(saved("q1_case")).isEqualTo(new AnswerSpec.ShortText(null, new TextFormat(FormatType.PATTERN,
                "[A-Z]{3}-[0-9]{4}", LocalizedText.en("Write it as ABC-1234.")
                        .with(Language.FR, "Écrivez-le sous la forme ABC-1234."))));

        _setValue(_get(TextField.class, s -> s.withId("answer-q1_case")), "abc");
        assertThat(_get(Span.class, s -> s.withId("error-q1_case")).getText()).isEqualTo("Write it as ABC-1234.");

        _setValue(select("answer-format"), "email");
        assertThat(saved("q1_case")).as("the message is kept for the e-mail format").isEqualTo(
                new AnswerSpec.ShortText(null, new TextFormat(FormatType.EMAIL, null, LocalizedText.en(
                        "Write it as ABC-1234.").with(Language.FR, "Écrivez-le sous la forme ABC-1234."))));
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @Test
    void ofWhichIsComparedWithTheTotalAndTheSharesMustTotal100() {
        question("q1_total", "Requests received", "Number");
        question("q2_granted", "Of which granted", "Number");
        _setValue(text("answer-compare-question"), "q1_total");
        @SuppressWarnings("unchecked")
        Select<Relation> operator = _get(Select.class, s -> s.withId("answer-compare-operator"));
        _setValue(operator, Relation.LE);
        _setValue(text("answer-compare-message-en"), "Cannot be more than the total.");

        assertThat(saved("q2_granted")).isEqualTo(new AnswerSpec.NumberAnswer(false, null, null, null,
                new CompareWith("q1_total", Relation.LE, LocalizedText.en("Cannot be more than the total."))));

        question("q3_shares", "Shares", "Multiple choice");
        _setValue(_get(TextArea.class, s -> s.withId("answer-options")), "email = Email\npost = Post");
        _setValue(_get(BigDecimalField.class, s -> s.withId("answer-total")), BigDecimal.valueOf(100));
        assertThat(((AnswerSpec.MultipleChoice) saved("q3_shares")).total()).isEqualByComparingTo("100");
        assertThat(templates.problems(draft.id())).extracting(Object::toString).singleElement().satisfies(p ->
                assertThat(p).contains("(q3_shares)", "none of its options has a box that takes a number"));
    }

    private void question(String key, String text, String kind) {
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(text("item-key"), key);
        _setValue(_get(TextArea.class, s -> s.withId("item-text-en")), text);
        _setValue(select("answer-kind"), kind);
    }

    private AnswerSpec saved(String key) {
        return templates.version(draft.id()).definition().questions().stream().filter(q -> q.key().equals(key))
                .findFirst().map(Question::answer).orElseThrow();
    }

    private static TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}

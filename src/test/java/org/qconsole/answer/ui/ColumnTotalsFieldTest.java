package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.NumberBox;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** Totals under a grid's and a table's number columns follow the cells as they are typed; the designer sets them. */
class ColumnTotalsFieldTest {

    private static final Column CASES = new Column("cases", LocalizedText.en("Cases"), ColumnType.NUMBER, null)
            .withTotal(true);
    private static final Column STAFF = new Column("staff", LocalizedText.en("Staff"), ColumnType.NUMBER, null)
            .withCellSettings(new NumberBox(true, null, null, LocalizedText.en("people")), null, false).withTotal(true);

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
        Question years = question("q5", new AnswerSpec.Grid(List.of(new Row("y2022", LocalizedText.en("2022")),
                new Row("y2023", LocalizedText.en("2023"))), List.of(CASES, STAFF), true));
        Question bodies = question("q6", new AnswerSpec.Table(List.of(STAFF), null, null));
        UI.getCurrent().add(new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Totals"), "", null,
                List.of(), List.of(new Section("s", "I", LocalizedText.en("Figures"), null, null,
                        List.of(years, bodies), null))), Language.EN));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aGridsTotalFollowsItsCells() {
        assertThat(total("answer-q5-total-cases")).isEqualTo("0");
        _setValue(_get(NumberField.class, s -> s.withId("answer-q5-y2022-cases")), 3.0);
        _setValue(_get(NumberField.class, s -> s.withId("answer-q5-y2023-cases")), 4.5);
        assertThat(total("answer-q5-total-cases")).isEqualTo("7.5");
        _setValue(_get(IntegerField.class, s -> s.withId("answer-q5-y2022-staff")), 10);
        assertThat(total("answer-q5-y2022-total")).as("the row's cells added up").isEqualTo("13");
        _setValue(_get(NumberField.class, s -> s.withId("answer-q5-y2022-cases")), null);
        assertThat(total("answer-q5-total-cases")).isEqualTo("4.5");
        assertThat(total("answer-q5-y2022-total")).isEqualTo("10");
        assertThat(total("answer-q5-y2023-total")).isEqualTo("4.5");
    }

    @Test
    void theDesignerTurnsRowTotalsOn() {
        AnswerSpecEditor editor = new AnswerSpecEditor();
        UI.getCurrent().add(editor);
        editor.setValue(new AnswerSpec.Grid(List.of(new Row("y2022", LocalizedText.en("2022"))), List.of(CASES)));
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("answer-row-totals")), true);
        assertThat(((AnswerSpec.Grid) editor.getValue()).rowTotals()).isTrue();
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("answer-rows")),
                "y2022 = 2022\ny2023 = 2023");
        assertThat(((AnswerSpec.Grid) editor.getValue()).rowTotals()).as("kept when rows change").isTrue();
    }

    @Test
    void aTablesTotalFollowsItsRowsAddedAndRemoved() {
        _setValue(_get(IntegerField.class, s -> s.withId("answer-q6-0-staff")), 10);
        _click(_get(Button.class, s -> s.withId("answer-q6-add")));
        _setValue(_get(IntegerField.class, s -> s.withId("answer-q6-1-staff")), 5);
        assertThat(total("answer-q6-total-staff")).isEqualTo("15 people");
        _click(_get(Button.class, s -> s.withId("answer-q6-0-remove")));
        assertThat(total("answer-q6-total-staff")).isEqualTo("5 people");
    }

    @Test
    void theDesignerWritesATotalAsAWordOfANumberColumn() {
        var parsed = ColumnLines.parse("cases = Cases : number : total whole 0..\nnote = Note : text", List.of());
        assertThat(parsed.items()).extracting(Column::total).containsExactly(true, false);
        assertThat(parsed.items().get(0).number()).isEqualTo(new NumberBox(true, BigDecimal.ZERO, null, null));
        assertThat(ColumnLines.format(parsed.items())).isEqualTo("cases = Cases : number : total whole 0..\n"
                + "note = Note : text");
    }

    private static String total(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    private static Question question(String key, AnswerSpec answer) {
        return new Question(key, "", LocalizedText.en("Figures"), null, answer, false, null, null, List.of(),
                List.of());
    }
}

package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** The designer writes row groups and column groups as heading lines; the fill-in shows them over the cells. */
class HeaderGroupsEditorTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void headingLinesGroupTheRowsAndColumnsAfterThem() {
        AnswerSpecEditor editor = new AnswerSpecEditor();
        UI.getCurrent().add(editor);
        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, s -> s.withId("answer-kind"));
        _setValue(kind, "Grid");
        String rows = "# Livestock\ncattle = Cattle\npigs = Pigs\n# Crops\nwheat = Wheat\n#\nother = Other";
        String columns = "# 2022\nmen = Men : number\nwomen = Women : number\n#\nall = All : number";
        _setValue(_get(TextArea.class, s -> s.withId("answer-rows")), rows);
        _setValue(_get(TextArea.class, s -> s.withId("answer-columns")), columns);

        AnswerSpec.Grid grid = (AnswerSpec.Grid) editor.getValue();
        assertThat(grid.rows()).extracting(r -> r.group() == null ? null : r.group().english())
                .containsExactly("Livestock", "Livestock", "Crops", null);
        assertThat(grid.columns()).extracting(c -> c.group() == null ? null : c.group().english())
                .containsExactly("2022", "2022", null);
        assertThat(TableSettings.formatRows(grid.rows())).isEqualTo(
                "# Livestock\ncattle = Cattle\npigs = Pigs\n# Crops\nwheat = Wheat\n#\nother = Other");
        assertThat(TableSettings.formatColumns(grid.columns())).isEqualTo(columns);
    }

    @Test
    void theFillInShowsEachRowGroupOnceAndEachColumnGroupOverItsColumns() {
        Column men = new Column("men", LocalizedText.en("Men"), AnswerSpec.ColumnType.NUMBER, null)
                .withGroup(LocalizedText.en("2022"));
        Column women = new Column("women", LocalizedText.en("Women"), AnswerSpec.ColumnType.NUMBER, null)
                .withGroup(LocalizedText.en("2022"));
        AnswerSpec.Grid grid = new AnswerSpec.Grid(List.of(
                new Row("cattle", LocalizedText.en("Cattle")).withGroup(LocalizedText.en("Livestock")),
                new Row("pigs", LocalizedText.en("Pigs")).withGroup(LocalizedText.en("Livestock"))), List.of(men, women));
        UI.getCurrent().add(new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Herds"), "", null, List.of(),
                List.of(new Section("s", "I", LocalizedText.en("Herds"), null, null, List.of(new Question("q5", "5",
                        LocalizedText.en("Herds"), null, grid, false, null, null, List.of(), List.of())), null))),
                Language.EN));

        assertThat(_get(Span.class, s -> s.withClasses("answer-grid-row-group")).getText()).isEqualTo("Livestock");
        Span years = _get(Span.class, s -> s.withClasses("answer-grid-column-group"));
        assertThat(years.getText()).isEqualTo("2022");
        assertThat(years.getStyle().get("grid-column")).isEqualTo("span 2");
    }
}

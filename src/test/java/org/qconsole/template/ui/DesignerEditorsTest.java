package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.InitParameters;
import org.qconsole.common.ui.ConsoleMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.ui.AnswerSpecEditor;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.Display;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;

/** The field editors of the questionnaire designer, browserless (Karibu), without Spring. */
class DesignerEditorsTest {

    private static final Question Q1 = question("q1", "1", "Has your authority <b>used</b> ICT?", new AnswerSpec.YesNo());
    private static final Question Q2 = question("q2", "2", "Which tools?", new AnswerSpec.MultipleChoice(List.of(
            new Option("email", LocalizedText.en("Email")), new Option("video", LocalizedText.en("Video")),
            new Option("ai", LocalizedText.en("AI"))), null));
    private static final Question Q3 = question("q3", "3", "How many cases?",
            new AnswerSpec.NumberAnswer(true, null, null, null));
    private static final Question Q4 = question("q4", "4", "Comments", new AnswerSpec.LongText(null));
    private static final Question HERDS = question("q5", "5", "Herds checked", new AnswerSpec.Grid(
            List.of(new Row("cattle", LocalizedText.en("Cattle")), new Row("pigs", LocalizedText.en("Pigs"))),
            List.of(new Column("extent", LocalizedText.en("Extent"), ColumnType.CHOICE, List.of(
                            new Option("all", LocalizedText.en("All")), new Option("some", LocalizedText.en("Some")))),
                    new Column("heads", LocalizedText.en("Heads"), ColumnType.NUMBER, null),
                    new Column("note", LocalizedText.en("Note"), ColumnType.TEXT, null),
                    new Column("checked", LocalizedText.en("Checked"), ColumnType.CHECKBOX, null))));
    private static final Question BODIES = question("q7", "7", "Bodies", new AnswerSpec.Table(List.of(
            new Column("name", LocalizedText.en("Name"), ColumnType.TEXT, null),
            new Column("type", LocalizedText.en("Type"), ColumnType.CHOICE, List.of(
                    new Option("ministry", LocalizedText.en("Ministry")), new Option("court", LocalizedText.en("Court")))),
            new Column("staff", LocalizedText.en("Staff"), ColumnType.NUMBER, null)), null, null));

    /** The editors take their texts from the console's messages, as in the application. */
    @BeforeEach
    void setUpVaadin() {
        System.setProperty("vaadin." + InitParameters.I18N_PROVIDER, ConsoleMessages.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin." + InitParameters.I18N_PROVIDER);
    }

    @Test
    void optionsTextRoundTripsASingleChoiceAndShowsDuplicateValues() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        List<AnswerSpec> edits = new ArrayList<>();
        editor.addEditListener(edits::add);
        editor.setValue(new AnswerSpec.SingleChoice(List.of(
                new Option("email", new LocalizedText(Map.of(Language.EN, "Email/messaging technologies",
                        Language.FR, "Messagerie"))),
                new Option("video", LocalizedText.en("Video conferencing"))), Display.DROPDOWN));

        TextArea options = byId(TextArea.class, "answer-options");
        assertThat(options.getValue()).isEqualTo("email = Email/messaging technologies\nvideo = Video conferencing");
        assertThat(select("answer-kind").getValue()).isEqualTo("Single choice");
        assertThat(select("answer-display").getValue()).isEqualTo(Display.DROPDOWN);
        assertThat(edits).isEmpty();

        _setValue(options, "email = Email and messaging\nvideo = Video conferencing\nArtificial intelligence (AI)");
        AnswerSpec.SingleChoice edited = new AnswerSpec.SingleChoice(List.of(
                new Option("email", new LocalizedText(Map.of(Language.EN, "Email and messaging",
                        Language.FR, "Messagerie"))),
                new Option("video", LocalizedText.en("Video conferencing")),
                new Option("artificial_intelligence_ai", LocalizedText.en("Artificial intelligence (AI)"))),
                Display.DROPDOWN);
        assertThat(editor.getValue()).isEqualTo(edited);
        assertThat(edits).containsExactly(edited);

        _setValue(options, "email = Email\nmail = Mail\nemail = Email again");
        assertThat(options.isInvalid()).isTrue();
        assertThat(options.getErrorMessage()).isEqualTo("Line 3: the value \"email\" is already used on line 1");
        assertThat(editor.getValue()).isEqualTo(edited);
        assertThat(edits).hasSize(1);

        _setValue(options, "email = Email\nmail = Mail");
        assertThat(options.isInvalid()).isFalse();
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options()).extracting(Option::value)
                .containsExactly("email", "mail");
        _setValue(select("answer-display"), Display.RADIO);
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).display()).isEqualTo(Display.RADIO);
        assertThat(edits).hasSize(3);
    }

    @Test
    void switchingFromSingleToMultipleChoiceKeepsTheOptions() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        List<Option> options = List.of(new Option("a", LocalizedText.en("A")), new Option("b", LocalizedText.en("B")));
        editor.setValue(new AnswerSpec.SingleChoice(options, Display.RADIO));

        _setValue(select("answer-kind"), "Multiple choice");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.MultipleChoice(options, null));
        assertThat(byId(TextArea.class, "answer-options").getValue()).isEqualTo("a = A\nb = B");

        _setValue(byId(Checkbox.class, "answer-other"), true);
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.MultipleChoice(options,
                LocalizedText.en("Other, please specify")));
        _setValue(byId(TextField.class, "answer-other-label"), "Other (please describe)");
        assertThat(((AnswerSpec.MultipleChoice) editor.getValue()).otherLabel())
                .isEqualTo(LocalizedText.en("Other (please describe)"));

        _setValue(select("answer-kind"), "Single choice");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.SingleChoice(options, Display.RADIO));
        _setValue(select("answer-kind"), "Short text");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.ShortText(null));
        _setValue(byId(IntegerField.class, "answer-max-length"), 200);
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.ShortText(200));
    }

    @Test
    void marksTheOptionsOfAMultipleChoiceThatAreChosenAlone() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        List<Option> options = List.of(new Option("email", LocalizedText.en("Email")),
                new Option("none", LocalizedText.en("None")));
        editor.setValue(new AnswerSpec.MultipleChoice(options, null));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> alone = byId(CheckboxGroup.class, "answer-exclusive");
        assertThat(alone.getValue()).isEmpty();

        _setValue(alone, Set.of("none"));
        assertThat(((AnswerSpec.MultipleChoice) editor.getValue()).options()).extracting(Option::exclusive)
                .containsExactly(false, true);

        _setValue(byId(TextArea.class, "answer-options"), "none = None of these\nemail = Email\npost = Post");
        assertThat(((AnswerSpec.MultipleChoice) editor.getValue()).options()).as("kept by value, lines reordered")
                .containsExactly(new Option("none", LocalizedText.en("None of these"), true),
                        new Option("email", LocalizedText.en("Email")), new Option("post", LocalizedText.en("Post")));
        assertThat(alone.getValue()).containsExactly("none");

        _setValue(select("answer-kind"), "Single choice");
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options()).as("a single choice has none")
                .extracting(Option::exclusive).containsOnly(false);
    }

    @Test
    void givesOptionsABoxToSpecifyAndKeepsItsOwnLabelWhenTheOptionsAreEdited() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        AnswerSpec.Specify sectors = new AnswerSpec.Specify(LocalizedText.en("Which sectors?"), false);
        editor.setValue(new AnswerSpec.SingleChoice(List.of(new Option("yes", LocalizedText.en("Yes")),
                new Option("partly", LocalizedText.en("In part")).withSpecify(sectors),
                new Option("no", LocalizedText.en("No"))), Display.RADIO));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> withBox = byId(CheckboxGroup.class, "answer-specify");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> required = byId(CheckboxGroup.class, "answer-specify-required");
        assertThat(withBox.getValue()).containsExactly("partly");

        _setValue(withBox, Set.of("partly", "no"));
        _setValue(required, Set.of("partly"));
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options()).extracting(Option::specify)
                .containsExactly(null, new AnswerSpec.Specify(LocalizedText.en("Which sectors?"), true),
                        new AnswerSpec.Specify(null, false));

        _setValue(byId(TextArea.class, "answer-options"), "partly = To some extent\nyes = Yes");
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options()).as("kept by value")
                .containsExactly(new Option("partly", LocalizedText.en("To some extent"))
                        .withSpecify(new AnswerSpec.Specify(LocalizedText.en("Which sectors?"), true)),
                        new Option("yes", LocalizedText.en("Yes")));
        assertThat(required.getValue()).containsExactly("partly");

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> numbers = byId(CheckboxGroup.class, "answer-specify-number");
        _setValue(numbers, Set.of("partly"));
        _setValue(byId(TextField.class, "answer-unit"), "%");
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options().get(0).specify()).isEqualTo(
                new AnswerSpec.Specify(LocalizedText.en("Which sectors?"), true,
                        new AnswerSpec.NumberBox(false, null, null, LocalizedText.en("%"))));

        _setValue(withBox, Set.of());
        assertThat(((AnswerSpec.SingleChoice) editor.getValue()).options()).extracting(Option::specify)
                .containsOnlyNulls();
        assertThat(required.isVisible()).isFalse();
    }

    @Test
    void editsNumberSettings() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        List<AnswerSpec> edits = new ArrayList<>();
        editor.addEditListener(edits::add);

        _setValue(select("answer-kind"), "Number");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.NumberAnswer(false, null, null, null));
        _setValue(byId(Checkbox.class, "answer-integer"), true);
        _setValue(byId(BigDecimalField.class, "answer-min"), BigDecimal.ZERO);
        _setValue(byId(BigDecimalField.class, "answer-max"), new BigDecimal("1000"));
        _setValue(byId(TextField.class, "answer-unit"), "cases");
        AnswerSpec.NumberAnswer number = new AnswerSpec.NumberAnswer(true, BigDecimal.ZERO, new BigDecimal("1000"),
                LocalizedText.en("cases"));
        assertThat(editor.getValue()).isEqualTo(number);
        assertThat(edits).hasSize(5).last().isEqualTo(number);

        BigDecimalField max = byId(BigDecimalField.class, "answer-max");
        _setValue(max, new BigDecimal("-1"));
        assertThat(max.isInvalid()).isTrue();
        _setValue(max, new BigDecimal("2.5"));
        assertThat(max.getErrorMessage()).isEqualTo("Enter a whole number");
        assertThat(editor.getValue()).isEqualTo(number);

        editor.setValue(new AnswerSpec.NumberAnswer(false, null, new BigDecimal("9.5"), null));
        assertThat(byId(BigDecimalField.class, "answer-max").getValue()).isEqualTo(new BigDecimal("9.5"));
        assertThat(byId(Checkbox.class, "answer-integer").getValue()).isFalse();
        assertThat(edits).hasSize(5);
    }

    @Test
    void editsTheMostLinksOfALinksQuestion() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());

        _setValue(select("answer-kind"), "Links");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Links(null));
        IntegerField most = byId(IntegerField.class, "answer-max-links");
        _setValue(most, 500);
        assertThat(most.getErrorMessage()).isEqualTo("Enter 1 to 100, or nothing for 10");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Links(null));
        _setValue(most, 3);
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Links(3));
    }

    @Test
    void parsesGridColumnsWithAChoiceColumnAndKeepsThemForATable() {
        AnswerSpecEditor editor = show(new AnswerSpecEditor());
        _setValue(select("answer-kind"), "Grid");
        _setValue(byId(TextArea.class, "answer-rows"), "y2022 = 2022\ny2023 = 2023");
        _setValue(byId(TextArea.class, "answer-columns"),
                "cases = Number of cases : number\nstatus = Status : choice : open=Open, closed = Closed\nnote = Note : text");

        List<Column> columns = List.of(
                new Column("cases", LocalizedText.en("Number of cases"), ColumnType.NUMBER, null),
                new Column("status", LocalizedText.en("Status"), ColumnType.CHOICE, List.of(
                        new Option("open", LocalizedText.en("Open")), new Option("closed", LocalizedText.en("Closed")))),
                new Column("note", LocalizedText.en("Note"), ColumnType.TEXT, null));
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Grid(List.of(
                new Row("y2022", LocalizedText.en("2022")), new Row("y2023", LocalizedText.en("2023"))), columns));

        _setValue(byId(TextArea.class, "answer-columns"), "cases = Cases : colour");
        assertThat(byId(TextArea.class, "answer-columns").getErrorMessage())
                .isEqualTo("Line 1: unknown type \"colour\"; use checkbox, text, number, choice, date or yesno");
        assertThat(((AnswerSpec.Grid) editor.getValue()).columns()).isEqualTo(columns);

        _setValue(select("answer-kind"), "Table");
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Table(columns, null, null));
        _setValue(byId(IntegerField.class, "answer-min-rows"), 1);
        _setValue(byId(IntegerField.class, "answer-max-rows"), 20);
        assertThat(editor.getValue()).isEqualTo(new AnswerSpec.Table(columns, 1, 20));
    }

    @Test
    void conditionEditorBuildsRulesAndShowsThemBack() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        editor.setQuestions(List.of(Q1, Q2, Q3, Q4));
        List<Condition> edits = new ArrayList<>();
        editor.addEditListener(edits::add);
        assertThat(editor.getValue()).isNull();

        _setValue(byId(Checkbox.class, "visible-on"), true);
        Select<Question> question0 = select("visible-question-0");
        assertThat(question0.getItemLabelGenerator().apply(Q1)).isEqualTo("1 Has your authority used ICT?");
        _setValue(question0, Q1);
        assertThat(select("visible-test-0").getListDataView().getItems())
                .containsExactly("is Yes", "is No", "is answered", "is not answered");
        _setValue(select("visible-test-0"), "is No");
        _setValue(select("visible-test-0"), "is Yes");
        Condition isYes = new Condition.Equals("q1", TextNode.valueOf("yes"));
        assertThat(editor.getValue()).isEqualTo(isYes);
        assertThat(edits).last().isEqualTo(isYes);

        _click(byId(Button.class, "visible-add"));
        _setValue(select("visible-question-1"), Q2);
        assertThat(select("visible-test-1").getValue()).isEqualTo("is any of");
        _setValue(multiSelect("visible-values-1"), Set.of("ai", "email"));
        Condition.And both = new Condition.And(List.of(isYes, new Condition.SelectedAny("q2", List.of("email", "ai"))));
        assertThat(editor.getValue()).isEqualTo(both);
        _setValue(select("visible-combine"), "any of");
        assertThat(editor.getValue()).isEqualTo(new Condition.Or(both.all()));

        _click(byId(Button.class, "visible-remove-0"));
        assertThat(editor.getValue()).isEqualTo(new Condition.SelectedAny("q2", List.of("email", "ai")));
        _setValue(select("visible-question-0"), Q3);
        assertThat(select("visible-test-0").getListDataView().getItems())
                .containsExactly("=", "≠", "<", "≤", ">", "≥", "is answered", "is not answered");
        _setValue(select("visible-test-0"), "≥");
        _setValue(byId(BigDecimalField.class, "visible-number-0"), BigDecimal.TEN);
        assertThat(editor.getValue()).isEqualTo(new Condition.Compare("q3", Condition.Operator.GE, BigDecimal.TEN));
        _setValue(select("visible-test-0"), "=");
        assertThat(editor.getValue()).isEqualTo(new Condition.Equals("q3", IntNode.valueOf(10)));

        _setValue(byId(Checkbox.class, "visible-on"), false);
        assertThat(editor.getValue()).isNull();
        assertThat(edits).last().isNull();
    }

    @Test
    void conditionEditorNegatesATestAndShowsTheNegationBack() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        editor.setQuestions(List.of(Q1, Q2, Q3, Q4));
        _setValue(byId(Checkbox.class, "visible-on"), true);
        _setValue(select("visible-question-0"), Q2);
        assertThat(select("visible-test-0").getListDataView().getItems())
                .containsExactly("is any of", "is none of", "is any answer except", "is answered", "is not answered");

        _setValue(select("visible-test-0"), "is none of");
        _setValue(multiSelect("visible-values-0"), Set.of("ai"));
        Condition noneOf = new Condition.Not(new Condition.SelectedAny("q2", List.of("ai")));
        assertThat(editor.getValue()).isEqualTo(noneOf);

        _setValue(select("visible-question-0"), Q3);
        _setValue(select("visible-test-0"), "≠");
        _setValue(byId(BigDecimalField.class, "visible-number-0"), BigDecimal.ONE);
        assertThat(editor.getValue()).isEqualTo(new Condition.Not(new Condition.Equals("q3", IntNode.valueOf(1))));

        Condition notAnswered = new Condition.And(List.of(noneOf, new Condition.Not(new Condition.Answered("q4"))));
        editor.setValue(notAnswered);
        assertThat(editor.isEditedInJsonOnly()).isFalse();
        assertThat(select("visible-test-0").getValue()).isEqualTo("is none of");
        assertThat(multiSelect("visible-values-0").getValue()).containsExactly("ai");
        assertThat(select("visible-test-1").getValue()).isEqualTo("is not answered");
        assertThat(editor.getValue()).isEqualTo(notAnswered);

        editor.setValue(new Condition.Not(new Condition.Equals("q1", TextNode.valueOf("yes"))));
        assertThat(editor.isEditedInJsonOnly()).as("\"not Yes\" is not a test the rules offer").isTrue();
    }

    @Test
    void conditionEditorReadsAnyAnswerExceptSomeOptions() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        editor.setQuestions(List.of(Q1, Q2));
        _setValue(byId(Checkbox.class, "visible-on"), true);
        _setValue(select("visible-question-0"), Q2);

        _setValue(select("visible-test-0"), "is any answer except");
        assertThat(multiSelect("visible-values-0").isVisible()).isTrue();
        _setValue(multiSelect("visible-values-0"), Set.of("ai", "video"));

        Condition except = new Condition.AnsweredExcept("q2", List.of("video", "ai"));
        assertThat(editor.getValue()).isEqualTo(except);
        editor.setValue(except);
        assertThat(editor.isEditedInJsonOnly()).isFalse();
        assertThat(select("visible-test-0").getValue()).isEqualTo("is any answer except");
        assertThat(multiSelect("visible-values-0").getValue()).containsExactlyInAnyOrder("ai", "video");
    }

    @Test
    void conditionEditorPicksAGridCellWithTheTestsOfItsColumn() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        List<Condition> edits = new ArrayList<>();
        editor.addEditListener(edits::add);
        editor.setQuestions(List.of(Q1, HERDS));
        _setValue(byId(Checkbox.class, "visible-on"), true);
        _setValue(select("visible-question-0"), HERDS);
        assertThat(select("visible-row-0").isVisible()).isTrue();
        assertThat(_find(Select.class, spec -> spec.withId("visible-column-0"))).as("shown once a row is chosen")
                .isEmpty();
        assertThat(select("visible-test-0").getListDataView().getItems()).as("the whole grid")
                .containsExactly("is answered", "is not answered");
        assertThat(select("visible-row-0").getListDataView().getItems()).containsExactly("cattle", "pigs");
        assertThat(select("visible-row-0").getItemLabelGenerator().apply("cattle")).isEqualTo("Cattle");

        _setValue(select("visible-row-0"), "cattle");
        assertThat(select("visible-column-0").getListDataView().getItems()).as("not the text column")
                .containsExactly("extent", "heads", "checked");
        assertThat(select("visible-column-0").getValue()).isEqualTo("extent");
        assertThat(select("visible-test-0").getListDataView().getItems()).containsExactly("is any of", "is none of");
        assertThat(multiSelect("visible-values-0").getListDataView().getItems()).containsExactly("all", "some");
        _setValue(multiSelect("visible-values-0"), Set.of("some"));
        Condition some = new Condition.GridCell("q5", "cattle", "extent", List.of(TextNode.valueOf("some")), null, null);
        assertThat(editor.getValue()).isEqualTo(some);
        assertThat(edits).last().isEqualTo(some);

        _setValue(select("visible-column-0"), "heads");
        assertThat(select("visible-test-0").getListDataView().getItems()).containsExactly("=", "≠", "<", "≤", ">", "≥");
        _setValue(select("visible-test-0"), ">");
        _setValue(byId(BigDecimalField.class, "visible-number-0"), BigDecimal.TEN);
        assertThat(editor.getValue()).isEqualTo(new Condition.GridCell("q5", "cattle", "heads", List.of(),
                Condition.Operator.GT, BigDecimal.TEN));

        _setValue(select("visible-row-0"), "pigs");
        _setValue(select("visible-column-0"), "checked");
        assertThat(select("visible-test-0").getListDataView().getItems()).containsExactly("is ticked", "is not ticked");
        _setValue(select("visible-test-0"), "is not ticked");
        Condition notTicked = new Condition.Not(new Condition.GridCell("q5", "pigs", "checked",
                List.of(com.fasterxml.jackson.databind.node.BooleanNode.TRUE), null, null));
        assertThat(editor.getValue()).isEqualTo(notTicked);

        editor.setValue(new Condition.And(List.of(some, notTicked)));
        assertThat(editor.isEditedInJsonOnly()).isFalse();
        assertThat(select("visible-row-0").getValue()).isEqualTo("cattle");
        assertThat(select("visible-column-0").getValue()).isEqualTo("extent");
        assertThat(multiSelect("visible-values-0").getValue()).containsExactly("some");
        assertThat(select("visible-row-1").getValue()).isEqualTo("pigs");
        assertThat(select("visible-test-1").getValue()).isEqualTo("is not ticked");
        assertThat(editor.getValue()).isEqualTo(new Condition.And(List.of(some, notTicked)));

        editor.setValue(new Condition.GridCell("q5", "cattle", "note", List.of(TextNode.valueOf("x")), null, null));
        assertThat(editor.isEditedInJsonOnly()).as("a text column is tested in JSON only").isTrue();
    }

    @Test
    void conditionEditorAsksForAnyRowOfATableWhereAColumnHasAValue() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        editor.setQuestions(List.of(BODIES));
        _setValue(byId(Checkbox.class, "visible-on"), true);
        _setValue(select("visible-question-0"), BODIES);
        assertThat(_find(Select.class, spec -> spec.withId("visible-row-0"))).as("a table has no fixed rows").isEmpty();
        assertThat(select("visible-column-0").getLabel()).isEqualTo("Any row where");
        assertThat(select("visible-column-0").getListDataView().getItems()).containsExactly("type", "staff");

        _setValue(select("visible-column-0"), "staff");
        _setValue(select("visible-test-0"), "≥");
        _setValue(byId(BigDecimalField.class, "visible-number-0"), BigDecimal.valueOf(5));
        Condition five = new Condition.AnyRow("q7", "staff", List.of(), Condition.Operator.GE, BigDecimal.valueOf(5));
        assertThat(editor.getValue()).isEqualTo(five);

        _setValue(select("visible-column-0"), "type");
        _setValue(select("visible-test-0"), "is none of");
        _setValue(multiSelect("visible-values-0"), Set.of("ministry"));
        Condition noMinistry = new Condition.Not(new Condition.AnyRow("q7", "type",
                List.of(TextNode.valueOf("ministry")), null, null));
        assertThat(editor.getValue()).isEqualTo(noMinistry);

        _setValue(select("visible-column-0"), null);
        assertThat(select("visible-test-0").getListDataView().getItems()).as("the whole table")
                .containsExactly("is answered", "is not answered");

        editor.setValue(five);
        assertThat(select("visible-column-0").getValue()).isEqualTo("staff");
        assertThat(select("visible-test-0").getValue()).isEqualTo("≥");
        assertThat(byId(BigDecimalField.class, "visible-number-0").getValue()).isEqualByComparingTo("5");
    }

    @Test
    void conditionEditorShowsEachShapeItBuilds() {
        ConditionEditor editor = show(new ConditionEditor("Show only when…", "visible"));
        editor.setQuestions(List.of(Q1, Q2, Q3, Q4));

        Condition isYes = new Condition.Equals("q1", TextNode.valueOf("yes"));
        editor.setValue(isYes);
        assertThat(editor.getValue()).isEqualTo(isYes);
        assertThat(byId(Checkbox.class, "visible-on").getValue()).isTrue();
        assertThat(select("visible-question-0").getValue()).isEqualTo(Q1);
        assertThat(select("visible-test-0").getValue()).isEqualTo("is Yes");

        Condition selected = new Condition.SelectedAny("q2", List.of("video", "ai"));
        editor.setValue(selected);
        assertThat(editor.getValue()).isEqualTo(selected);
        assertThat(select("visible-test-0").getValue()).isEqualTo("is any of");
        assertThat(multiSelect("visible-values-0").getValue()).containsExactlyInAnyOrder("video", "ai");

        Condition and = new Condition.And(List.of(isYes, new Condition.Compare("q3", Condition.Operator.LT,
                BigDecimal.ONE), new Condition.Answered("q4")));
        editor.setValue(and);
        assertThat(editor.getValue()).isEqualTo(and);
        assertThat(select("visible-combine").getValue()).isEqualTo("all of");
        assertThat(select("visible-question-1").getValue()).isEqualTo(Q3);
        assertThat(select("visible-test-1").getValue()).isEqualTo("<");
        assertThat(byId(BigDecimalField.class, "visible-number-1").getValue()).isEqualTo(BigDecimal.ONE);
        assertThat(select("visible-test-2").getValue()).isEqualTo("is answered");

        Condition nested = new Condition.Or(List.of(isYes, new Condition.And(List.of(
                new Condition.Answered("q2"), new Condition.Answered("q4")))));
        editor.setValue(nested);
        assertThat(editor.getValue()).isEqualTo(nested);
        assertThat(editor.isEditedInJsonOnly()).isTrue();
        assertThat(byId(Span.class, "visible-json-only").getText()).isEqualTo("Edited in JSON only");

        editor.setValue(null);
        assertThat(editor.getValue()).isNull();
        assertThat(byId(Checkbox.class, "visible-on").getValue()).isFalse();
    }

    @Test
    void localizedTextEditorKeepsOtherLanguagesAndReportsUserEdits() {
        LocalizedTextEditor editor = show(new LocalizedTextEditor("Question text", "item-text", true));
        List<LocalizedText> edits = new ArrayList<>();
        editor.addEditListener(edits::add);
        editor.setValue(new LocalizedText(Map.of(Language.EN, "Old", Language.FR, "Ancien")));
        assertThat(edits).isEmpty();
        assertThat(editor.getHelperText()).isEqualTo("Allowed: <b>, <i>, <ul>/<li>, <a href>, <sup>");
        assertThat(byId(Tab.class, "item-text-tab-en").getLabel()).isEqualTo("English *");
        assertThat(byId(Tab.class, "item-text-tab-zh").getLabel()).isEqualTo("中文");

        _setValue(byId(TextArea.class, "item-text-en"), "New <b>text</b>");
        LocalizedText edited = new LocalizedText(Map.of(Language.EN, "New <b>text</b>", Language.FR, "Ancien"));
        assertThat(editor.getValue()).isEqualTo(edited);
        assertThat(edits).containsExactly(edited);

        editor.showLanguage(Language.AR);
        _setValue(byId(TextArea.class, "item-text-ar"), "نص");
        assertThat(editor.getValue().values()).containsEntry(Language.AR, "نص").containsEntry(Language.FR, "Ancien");
        assertThat(edits).hasSize(2);

        LocalizedTextEditor title = show(new LocalizedTextEditor("Title", "section-title", false));
        title.setValue(null);
        _setValue(byId(TextField.class, "section-title-en"), "Introduction");
        assertThat(title.getValue()).isEqualTo(LocalizedText.en("Introduction"));
    }

    private static Question question(String key, String number, String text, AnswerSpec answer) {
        return new Question(key, number, LocalizedText.en(text), null, answer, false, null, null, null, null);
    }

    private static <T extends Component> T show(T component) {
        UI.getCurrent().add(component);
        return component;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> multiSelect(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }
}

package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;

/** The questionnaire as a country user sees it, browserless (Karibu), without Spring. */
class QuestionnaireFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aFollowUpQuestionShowsOnlyWhileItsConditionHoldsAndKeepsItsAnswer() {
        QuestionnaireForm form = show(Language.EN);
        List<QuestionnaireForm.AnswerChange> changes = new ArrayList<>();
        form.addAnswerChangeListener(changes::add);
        Component followUp = byId(form, "q-q1a");
        assertThat(followUp.isVisible()).isFalse();

        _setValue(yesNo(), "yes");
        assertThat(followUp.isVisible()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q1a")), "Ministry of Justice");

        _setValue(yesNo(), "no");
        assertThat(followUp.isVisible()).isFalse();
        assertThat(form.answers()).containsEntry("q1", TextNode.valueOf("no"))
                .containsEntry("q1a", TextNode.valueOf("Ministry of Justice"));
        assertThat(changes).extracting(QuestionnaireForm.AnswerChange::questionKey).containsExactly("q1", "q1a", "q1");

        _setValue(yesNo(), null);
        assertThat(changes.get(3)).isEqualTo(new QuestionnaireForm.AnswerChange("q1", NullNode.getInstance()));
        assertThat(form.answers()).doesNotContainKey("q1");
    }

    @Test
    void aConditionDoesNotSeeTheAnswerOfAHiddenQuestion() {
        QuestionnaireForm form = show(Language.EN);
        _setValue(yesNo(), "yes");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q1a")), "Ministry of Justice");
        assertThat(byId(form, "q-q1b").isVisible()).isTrue();

        _setValue(yesNo(), "no");

        assertThat(byId(form, "q-q1b").isVisible()).isFalse();
    }

    @Test
    void aFollowUpOnAGridCellOrATableColumnShowsAndHidesAsTheCellChanges() {
        Question herds = question("q5", "5", LocalizedText.en("Herds checked"), new AnswerSpec.Grid(
                List.of(new AnswerSpec.Row("cattle", LocalizedText.en("Cattle")),
                        new AnswerSpec.Row("pigs", LocalizedText.en("Pigs"))),
                List.of(new Column("extent", LocalizedText.en("Extent"), ColumnType.CHOICE,
                        List.of(option("all"), option("some"))))), null, List.of());
        Question sectors = question("q5a", "5.a", LocalizedText.en("In which sectors?"), new AnswerSpec.ShortText(null),
                new Condition.GridCell("q5", "cattle", "extent", List.of(TextNode.valueOf("some")), null, null),
                List.of());
        Question bodies = question("q6", "6", LocalizedText.en("Bodies"), new AnswerSpec.Table(List.of(
                new Column("staff", LocalizedText.en("Staff"), ColumnType.NUMBER, null)), null, 3), null, List.of());
        Question large = question("q6a", "6.a", LocalizedText.en("How are the large ones run?"),
                new AnswerSpec.ShortText(null), new Condition.AnyRow("q6", "staff", List.of(), Condition.Operator.GE,
                        java.math.BigDecimal.TEN), List.of());
        QuestionnaireForm form = new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Herds"), "",
                null, List.of(), List.of(new Section("s", "I", LocalizedText.en("Herds"), null, null,
                        List.of(herds, sectors, bodies, large), null))), Language.EN);
        UI.getCurrent().add(form);
        @SuppressWarnings("unchecked")
        Select<String> pigs = _get(Select.class, spec -> spec.withId("answer-q5-pigs-extent"));
        @SuppressWarnings("unchecked")
        Select<String> cattle = _get(Select.class, spec -> spec.withId("answer-q5-cattle-extent"));
        assertThat(byId(form, "q-q5a").isVisible()).isFalse();

        _setValue(pigs, "some");
        assertThat(byId(form, "q-q5a").isVisible()).as("another row").isFalse();
        _setValue(cattle, "some");
        assertThat(byId(form, "q-q5a").isVisible()).isTrue();
        _setValue(cattle, "all");
        assertThat(byId(form, "q-q5a").isVisible()).isFalse();

        _setValue(_get(NumberField.class, spec -> spec.withId("answer-q6-0-staff")), 4.0);
        assertThat(byId(form, "q-q6a").isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("answer-q6-add")));
        _setValue(_get(NumberField.class, spec -> spec.withId("answer-q6-1-staff")), 12.0);
        assertThat(byId(form, "q-q6a").isVisible()).as("the second row has 12").isTrue();
        _click(_get(Button.class, spec -> spec.withId("answer-q6-1-remove")));
        assertThat(byId(form, "q-q6a").isVisible()).as("that row removed").isFalse();
    }

    @Test
    void multipleChoiceAnswersWithSelectedOptionsAndOther() throws Exception {
        QuestionnaireForm form = show(Language.EN);

        ChoiceBoxes choices = _get(ChoiceBoxes.class, spec -> spec.withId("answer-q2"));
        _setValue(choices, Set.of("video", "email"));
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q2-other")), "Fax");

        assertThat(form.answers().get("q2"))
                .isEqualTo(JSON.readTree("{\"selected\": [\"email\", \"video\"], \"other\": \"Fax\"}"));
    }

    @Test
    void anOptionChosenAloneClearsTheOtherAnswersAndIsClearedByThem() throws Exception {
        QuestionnaireForm form = show(Language.EN);
        ChoiceBoxes choices = _get(ChoiceBoxes.class, spec -> spec.withId("answer-q2"));
        TextField other = _get(TextField.class, spec -> spec.withId("answer-q2-other"));
        _setValue(choices, Set.of("video", "email"));
        _setValue(other, "Fax");

        _setValue(choices, Set.of("video", "email", "none"));

        assertThat(choices.getValue()).containsExactly("none");
        assertThat(other.getValue()).isEmpty();
        assertThat(form.answers().get("q2")).isEqualTo(JSON.readTree("{\"selected\": [\"none\"]}"));

        _setValue(choices, Set.of("none", "post"));
        assertThat(choices.getValue()).containsExactly("post");

        _setValue(choices, Set.of("none"));
        _setValue(other, "Carrier pigeon");
        assertThat(choices.getValue()).isEmpty();
        assertThat(form.answers().get("q2")).isEqualTo(JSON.readTree("{\"selected\": [], \"other\": \"Carrier pigeon\"}"));
    }

    @Test
    void tableRowsCanBeAddedUpToMaxRows() throws Exception {
        QuestionnaireForm form = show(Language.EN);
        Button add = _get(Button.class, spec -> spec.withId("answer-q3-add"));
        assertThat(_find(TextField.class, spec -> spec.withId("answer-q3-0-name"))).hasSize(1);
        assertThat(add.isEnabled()).isTrue();

        _click(add);

        assertThat(add.isEnabled()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q3-1-name")), "Central authority");
        _setValue(_get(NumberField.class, spec -> spec.withId("answer-q3-1-year")), 2020.0);
        assertThat(form.answers().get("q3"))
                .isEqualTo(JSON.readTree("[{\"name\": \"Central authority\", \"year\": 2020}]"));

        _click(_get(Button.class, spec -> spec.withId("answer-q3-0-remove")));
        assertThat(add.isEnabled()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("answer-q3-0-name")).getValue())
                .isEqualTo("Central authority");
    }

    @Test
    void aFootnoteMarkerInASectionTitleIsASuperscriptBesideItsWords() {
        Section marked = new Section("s", "II", LocalizedText.en("Legal framework<sup>3</sup> & practice"), null,
                List.of(new org.qconsole.model.Footnote("3", LocalizedText.en("See resolution 6/7."))),
                List.of(question("q1", "1", LocalizedText.en("Is there a law?"), new AnswerSpec.YesNo(), null,
                        List.of())), null);
        UI.getCurrent().add(new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Laws"), "", null, List.of(),
                List.of(marked)), Language.EN));

        H3 heading = _get(H3.class);
        assertThat(heading.getElement().getChildCount()).isEqualTo(3);
        assertThat(heading.getElement().getChild(1).getTag()).isEqualTo("sup");
        assertThat(heading.getElement().getChild(1).getText()).isEqualTo("3");
        assertThat(heading.getElement().getTextRecursively()).isEqualTo("II. Legal framework3 & practice");
        assertThat(marked.heading(Language.EN)).as("navigation and exports: the words only")
                .isEqualTo("II. Legal framework & practice");
    }

    @Test
    void aNumberedTextIsAHeadingOverItsSubQuestionsAndHidesThem() {
        Question has = question("q4", "4", LocalizedText.en("Is there a law?"), new AnswerSpec.YesNo(), null, List.of());
        Question a = question("q5a", "(a)", LocalizedText.en("Since when?"), new AnswerSpec.DateAnswer(null, null),
                null, List.of());
        var heading = new org.qconsole.model.TextBlock("h5", LocalizedText.en("Regarding the law:"),
                new Condition.Equals("q4", TextNode.valueOf("yes")), "5", List.of(a));
        UI.getCurrent().add(new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Laws"), "", null, List.of(),
                List.of(new Section("s", "I", LocalizedText.en("Law"), null, null, List.of(has, heading), null))),
                Language.EN));
        Component box = byId(UI.getCurrent(), "text-h5");

        assertThat(box.isVisible()).as("hidden until the law exists").isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> law = _get(RadioButtonGroup.class, spec -> spec.withId("answer-q4"));
        _setValue(law, "yes");

        assertThat(box.isVisible()).isTrue();
        assertThat(_get(box, Span.class, spec -> spec.withClasses("question-number").withText("5"))).isNotNull();
        assertThat(byId(box, "q-q5a")).as("the sub-question sits under its heading").isNotNull();
    }

    @Test
    void typedCellsTakeADateYesNoAndABoundedNumberAndMarkRequiredCells() throws Exception {
        Column since = new Column("since", LocalizedText.en("Since"), ColumnType.DATE, List.of());
        Column done = new Column("done", LocalizedText.en("Done"), ColumnType.YES_NO, List.of());
        Column share = new Column("share", LocalizedText.en("Share"), ColumnType.NUMBER, List.of()).withCellSettings(
                new AnswerSpec.NumberBox(true, java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100),
                        LocalizedText.en("%")), null, true);
        Question grid = question("q7", "7", LocalizedText.en("Sectors"), new AnswerSpec.Grid(List.of(
                new AnswerSpec.Row("public", LocalizedText.en("Public"))), List.of(since, done, share)), null, List.of());
        QuestionnaireForm form = new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Cells"), "", null,
                List.of(), List.of(new Section("s", "I", LocalizedText.en("Cells"), null, null, List.of(grid), null))),
                Language.FR);
        UI.getCurrent().add(form);

        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("answer-q7-public-since")), java.time.LocalDate.of(2020, 1, 31));
        @SuppressWarnings("unchecked")
        Select<String> yesNo = _get(Select.class, spec -> spec.withId("answer-q7-public-done"));
        assertThat(yesNo.getItemLabelGenerator().apply("yes")).isEqualTo("Oui");
        _setValue(yesNo, "yes");
        var number = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("answer-q7-public-share"));
        assertThat(number.getMax()).isEqualTo(100);
        assertThat(number.isRequiredIndicatorVisible()).isTrue();
        _setValue(number, 60);

        assertThat(form.answers().get("q7"))
                .isEqualTo(JSON.readTree("{\"public\": {\"since\": \"2020-01-31\", \"done\": \"yes\", \"share\": 60}}"));
    }

    @Test
    void linksAreTypedAsRowsOfAnAddressAndATitleAndABadAddressIsShownAtOnce() throws Exception {
        Question links = question("q8", "8", LocalizedText.en("Links to the law"), new AnswerSpec.Links(3), null,
                List.of());
        QuestionnaireForm form = new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Links"), "", null,
                List.of(), List.of(new Section("s", "I", LocalizedText.en("Law"), null, null, List.of(links), null))),
                Language.EN);
        UI.getCurrent().add(form);

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q8-0-url")), "www.gov.se");
        assertThat(_get(Span.class, spec -> spec.withId("error-q8")).getText()).startsWith("Link 1: enter a web address");

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q8-0-url")), "https://www.gov.se/law");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q8-0-title")), "Criminal code");
        assertThat(byId(form, "error-q8").isVisible()).as("the error is gone").isFalse();
        assertThat(form.answers().get("q8"))
                .isEqualTo(JSON.readTree("[{\"url\": \"https://www.gov.se/law\", \"title\": \"Criminal code\"}]"));
    }

    @Test
    void frenchFallsBackToEnglishWhereThereIsNoFrench() {
        QuestionnaireForm form = show(Language.FR);
        _setValue(yesNo(), "yes");

        assertThat(_get(H2.class).getText()).isEqualTo("Questionnaire on mutual legal assistance");
        assertThat(_get(H3.class, spec -> spec.withText("I. Informations générales"))).isNotNull();
        assertThat(innerHtmlOf(form, "q-q1")).contains("Avez-vous une autorité centrale ?");
        assertThat(innerHtmlOf(form, "q-q1a")).contains("Please name it.");
        assertThat(yesNo().getItemLabelGenerator().apply("yes")).isEqualTo("Oui");
        assertThat(yesNo().getItemLabelGenerator().apply("no")).isEqualTo("Non");
    }

    @Test
    void theFormsOwnWordsAreInTheQuestionnairesLanguage() {
        show(Language.FR);
        assertThat(_get(Button.class, spec -> spec.withId("answer-q3-add")).getText()).isEqualTo("Ajouter une ligne");
        MockVaadin.tearDown();
        MockVaadin.setup();
        show(Language.ZH);
        assertThat(_get(Button.class, spec -> spec.withId("answer-q3-add")).getText()).isEqualTo("添加一行");
    }

    @Test
    void arabicIsRightToLeft() {
        assertThat(show(Language.AR).getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(yesNo().getItemLabelGenerator().apply("yes")).isEqualTo("نعم");
        MockVaadin.tearDown();
        MockVaadin.setup();
        assertThat(show(Language.EN).getElement().getAttribute("dir")).isNull();
    }

    @Test
    void scriptsInRichTextAreNotRendered() {
        QuestionnaireForm form = show(Language.EN);

        List<String> html = _find(form, Html.class).stream().map(Html::getInnerHtml).toList();

        assertThat(html).anyMatch(h -> h.contains("Please answer all questions."))
                .anyMatch(h -> h.contains("<sup>1</sup>") && h.contains("target=\"_blank\""))
                .noneMatch(h -> h.toLowerCase().contains("<script"))
                .noneMatch(h -> h.contains("onerror"));
    }

    @Test
    void storedAnswersAreShownWithoutFiringChanges() throws Exception {
        QuestionnaireForm form = show(Language.EN);
        List<QuestionnaireForm.AnswerChange> changes = new ArrayList<>();
        form.addAnswerChangeListener(changes::add);

        form.setAnswers(Map.of("q1", TextNode.valueOf("yes"), "q1a", TextNode.valueOf("Ministry"),
                "q2", JSON.readTree("{\"selected\": [\"post\"]}"),
                "q3", JSON.readTree("[{\"name\": \"A\"}, {\"name\": \"B\"}]")));

        assertThat(changes).isEmpty();
        assertThat(byId(form, "q-q1a").isVisible()).isTrue();
        assertThat(yesNo().getValue()).isEqualTo("yes");
        assertThat(_get(TextField.class, spec -> spec.withId("answer-q3-1-name")).getValue()).isEqualTo("B");
        assertThat(form.answers().get("q2")).isEqualTo(JSON.readTree("{\"selected\": [\"post\"]}"));
    }

    @Test
    void readOnlyFormTakesNoInput() {
        QuestionnaireForm form = show(Language.EN);

        form.setReadOnly(true);

        assertThat(yesNo().isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("answer-q3-add")).isEnabled()).isFalse();
    }

    @Test
    void aPluginSectionWhosePluginIsNotAvailableSaysSoAndKeepsItsAnswer() {
        QuestionnaireForm form = show(Language.EN);

        assertThat(byId(form, "section-contact").getElement().getTextRecursively())
                .contains("This section is temporarily unavailable. Answers already given to it are kept.");
    }

    @Test
    void theSeedQuestionnaireRendersInEveryLanguage() throws Exception {
        TemplateDefinition seed;
        try (var in = getClass().getResourceAsStream("/templates/ict-questionnaire-2023.json")) {
            seed = TemplateJson.readDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)).version();
        }
        for (Language language : Language.values()) {
            QuestionnaireForm form = new QuestionnaireForm(seed, language);
            UI.getCurrent().add(form);
            for (Question question : seed.questions()) {
                assertThat(byId(form, "q-" + question.key())).isNotNull();
                assertThat(byId(form, "answer-" + question.key())).isNotNull();
            }
            UI.getCurrent().remove(form);
        }
    }

    private static QuestionnaireForm show(Language language) {
        QuestionnaireForm form = new QuestionnaireForm(definition(), language);
        UI.getCurrent().add(form);
        return form;
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> yesNo() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("answer-q1"));
    }

    /** Finds hidden components too (Karibu's locators skip them). */
    private static Component byId(Component root, String id) {
        return descendants(root).filter(c -> c.getId().equals(Optional.of(id))).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(QuestionnaireFormTest::descendants));
    }

    private static String innerHtmlOf(Component root, String id) {
        StringBuilder html = new StringBuilder();
        descendants(byId(root, id)).filter(Html.class::isInstance).forEach(h -> html.append(((Html) h).getInnerHtml()));
        return html.toString();
    }

    private static TemplateDefinition definition() {
        Question followUp = question("q1a", "1.a", LocalizedText.en("Please name it."), new AnswerSpec.ShortText(200),
                new Condition.Equals("q1", TextNode.valueOf("yes")), List.of());
        Question dependsOnFollowUp = question("q1b", "1.b", LocalizedText.en("Since when?"),
                new AnswerSpec.DateAnswer(null, null), new Condition.Answered("q1a"), List.of());
        Question centralAuthority = question("q1", "1",
                new LocalizedText(Map.of(Language.EN, "Do you have a central authority?",
                        Language.FR, "Avez-vous une autorité centrale ?")),
                new AnswerSpec.YesNo(), null, List.of(followUp, dependsOnFollowUp));
        Question means = question("q2", "2", LocalizedText.en("Which means do you use?"),
                new AnswerSpec.MultipleChoice(List.of(option("email"), option("video"), option("post"),
                        option("none").withExclusive(true)),
                        LocalizedText.en("Other, please specify")), null, List.of());
        Question authorities = question("q3", "3", LocalizedText.en("List the authorities."),
                new AnswerSpec.Table(List.of(new Column("name", LocalizedText.en("Name"), ColumnType.TEXT, null),
                        new Column("year", LocalizedText.en("Year"), ColumnType.NUMBER, null)), 1, 2), null, List.of());
        Section general = new Section("general", "I",
                new LocalizedText(Map.of(Language.EN, "General information", Language.FR, "Informations générales")),
                LocalizedText.en("<p>Please answer all questions.<script>alert(1)</script>"
                        + "<img src=x onerror=alert(2)></p>"),
                List.of(), List.of(centralAuthority, means, authorities), null);
        Section contact = new Section("contact", "II", LocalizedText.en("Contact details"), null, null, null,
                new PluginSection("contact-details", "1.0.0", null));
        return new TemplateDefinition(LocalizedText.en("Questionnaire on mutual legal assistance"),
                "CU 2023/187/DTA/CEB/CSS", LocalizedText.en("<p>See the documents<sup>1</sup>.</p>"),
                List.of(new Footnote("1", LocalizedText.en("<a href=\"https://www.unodc.org/\">UNODC</a>"))),
                List.of(general, contact));
    }

    private static Question question(String key, String number, LocalizedText text, AnswerSpec answer,
            Condition visibleWhen, List<Item> items) {
        return new Question(key, number, text, null, answer, true, null, visibleWhen, List.of(), items);
    }

    private static Option option(String value) {
        return new Option(value, LocalizedText.en(value.substring(0, 1).toUpperCase() + value.substring(1)));
    }
}

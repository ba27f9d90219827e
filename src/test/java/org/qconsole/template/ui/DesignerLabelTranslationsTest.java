package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qconsole.template.ui.DesignerFields.addQuestion;
import static org.qconsole.template.ui.DesignerFields.area;
import static org.qconsole.template.ui.DesignerFields.select;
import static org.qconsole.template.ui.DesignerFields.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The designer edits the labels of options, rows, columns, units, footnotes and shared lists in the six languages
 * side by side, browserless: each translation typed is saved in the draft and counted as translated.
 */
class DesignerLabelTranslationsTest extends ViewTest {

    @Autowired
    TemplateService templates;

    @Autowired
    TranslationService translations;

    private TemplateVersion draft;

    @BeforeEach
    void openDesigner() {
        signInAs("secretariat");
        draft = templates.create("LBL-" + UUID.randomUUID().toString().substring(0, 6), "Labels");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Tools");
    }

    @Test
    void anOptionsFrenchLabelIsSavedAndKeptWhenTheEnglishLinesChange() {
        addQuestion("q1_tools", "Which tools?", "Multiple choice");
        _setValue(area("answer-options"), "email = Email\nweb = Website");
        assertThat(_get(Details.class, s -> s.withId("item-texts")).getSummaryText())
                .isEqualTo("Texts in the six languages: 2 texts, 10 translations missing");
        int missingBefore = missingIn(Language.FR);

        _setValue(text("item-texts-answer.options.email.label-fr"), "Courriel");

        assertThat(label(answer("q1_tools"), "email").in(Language.FR)).isEqualTo("Courriel");
        assertThat(missingIn(Language.FR)).isEqualTo(missingBefore - 1);
        assertThat(_get(Details.class, s -> s.withId("item-texts")).getSummaryText())
                .isEqualTo("Texts in the six languages: 2 texts, 9 translations missing");
        assertThat(area("answer-options").getValue()).isEqualTo("email = Email\nweb = Website");

        _setValue(area("answer-options"), "email = E-mail\nweb = Website\nfax = Fax");
        AnswerSpec.MultipleChoice edited = (AnswerSpec.MultipleChoice) answer("q1_tools");
        assertThat(label(edited, "email").english()).isEqualTo("E-mail");
        assertThat(label(edited, "email").in(Language.FR)).as("the French stays with its option")
                .isEqualTo("Courriel");
        assertThat(text("item-texts-answer.options.fax.label-fr").getValue()).isEmpty();
        assertThat(text("item-texts-answer.options.fax.label-fr").getPlaceholder()).isEqualTo("Fax");

        _setValue(text("item-texts-answer.options.email.label-fr"), "");
        assertThat(label(answer("q1_tools"), "email").has(Language.FR)).as("an emptied translation is removed")
                .isFalse();
    }

    @Test
    void aTablesColumnsTheirOptionsAndUnitsAndAQuestionsFootnoteAreTranslatedSideBySide() {
        addQuestion("q2_staff", "Staff by sector", "Table");
        _setValue(area("answer-columns"), "sector = Sector : choice : pub=Public, priv=Private\n"
                + "staff = Staff : number : whole 0..1000 people");
        _setValue(area("item-footnotes"), "1 | Full-time equivalents");

        _setValue(text("item-texts-answer.columns.sector.label-ru"), "Сектор");
        _setValue(text("item-texts-answer.columns.sector.options.priv.label-es"), "Privado");
        _setValue(text("item-texts-answer.columns.staff.number.unit-zh"), "人");
        _setValue(text("item-texts-footnotes.1.text-ar"), "مكافئ دوام كامل");

        Question saved = question("q2_staff");
        AnswerSpec.Table table = (AnswerSpec.Table) saved.answer();
        assertThat(table.columns().get(0).label().in(Language.RU)).isEqualTo("Сектор");
        assertThat(table.columns().get(0).options().get(1).label().in(Language.ES)).isEqualTo("Privado");
        assertThat(table.columns().get(1).number().unit().in(Language.ZH)).isEqualTo("人");
        assertThat(saved.footnotes().get(0).text().in(Language.AR)).isEqualTo("مكافئ دوام كامل");
        assertThat(text("item-texts-footnotes.1.text-ar").getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(text("item-texts-answer.columns.sector.label-ru").getAriaLabel())
                .hasValue("answer › column sector › label (Русский)");
        assertThat(area("answer-columns").getValue()).as("the English lines are unchanged")
                .startsWith("sector = Sector : choice : pub=Public, priv=Private");
    }

    @Test
    void aSharedListsOptionTranslatedInTheDetailsReachesTheQuestionsThatUseIt() {
        _click(_get(Button.class, s -> s.withId("designer-details")));
        _setValue(area("details-option-lists"), "sectors:\nagri = Agriculture\nfish = Fisheries");
        addQuestion("q3_sector", "Main sector", "Single choice");
        _setValue(select("answer-option-list"), "sectors");
        assertThat(_find(TextField.class, s -> s.withId("item-texts-answer.options.agri.label-fr")))
                .as("a list's options are translated with the list, not in each question").isEmpty();

        _click(_get(Button.class, s -> s.withId("designer-details")));
        _setValue(text("details-texts-optionLists.sectors.options.fish.label-fr"), "Pêche");

        TemplateDefinition saved = templates.version(draft.id()).definition();
        assertThat(saved.optionLists().get(0).options().get(1).label().in(Language.FR)).isEqualTo("Pêche");
        assertThat(label(answer("q3_sector"), "fish").in(Language.FR)).isEqualTo("Pêche");
        assertThat(area("details-option-lists").getValue()).isEqualTo("sectors:\nagri = Agriculture\nfish = Fisheries");
    }

    @Test
    void aRepeatingGroupsRepetitionAndQuestionsAreTranslatedSideBySide() {
        addQuestion("q4_projects", "Projects", "Repeating group");
        _setValue(text("answer-item-label"), "Project");
        _setValue(text("answer-group-0-key"), "title");
        _setValue(text("answer-group-0-text"), "Title of the project");

        _setValue(text("item-texts-answer.itemLabel-fr"), "Projet");
        _setValue(text("item-texts-answer.questions.title.text-fr"), "Intitulé du projet");

        AnswerSpec.RepeatingGroup group = (AnswerSpec.RepeatingGroup) answer("q4_projects");
        assertThat(group.itemLabel().in(Language.FR)).isEqualTo("Projet");
        assertThat(group.questions().get(0).text().in(Language.FR)).contains("Intitulé du projet");
        assertThat(text("answer-item-label").getValue()).isEqualTo("Project");
    }

    private int missingIn(Language language) {
        return translations.completeness(draft.id()).stream().filter(s -> s.language() == language).findFirst()
                .orElseThrow().missing();
    }


    private Question question(String key) {
        return templates.version(draft.id()).definition().questions().stream().filter(q -> q.key().equals(key))
                .findFirst().orElseThrow();
    }

    private AnswerSpec answer(String key) {
        return question(key).answer();
    }

    private static org.qconsole.model.LocalizedText label(AnswerSpec spec, String value) {
        return ((AnswerSpec.Choice) spec).options().stream().filter(o -> o.value().equals(value)).findFirst()
                .orElseThrow().label();
    }
}

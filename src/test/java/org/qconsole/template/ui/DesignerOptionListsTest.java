package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qconsole.template.ui.DesignerFields.addQuestion;
import static org.qconsole.template.ui.DesignerFields.area;
import static org.qconsole.template.ui.DesignerFields.select;
import static org.qconsole.template.ui.DesignerFields.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared option lists in the designer, browserless: defined in the details, chosen by questions and columns. */
class DesignerOptionListsTest extends ViewTest {

    @Autowired
    TemplateService templates;

    private TemplateVersion draft;

    @BeforeEach
    void openDesigner() {
        signInAs("secretariat");
        draft = templates.create("LST-" + UUID.randomUUID().toString().substring(0, 6), "Shared lists");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _setValue(area("details-option-lists"), "sectors:\nagri = Agriculture\nIN SOME = In some sectors");
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Sectors");
    }

    @Test
    void aQuestionAndAColumnTakeTheSharedListAndFollowItsChanges() throws Exception {
        addQuestion("q1_sector", "Main sector", "Single choice");
        _setValue(select("answer-option-list"), "sectors");
        assertThat(area("answer-options").isReadOnly()).isTrue();
        addQuestion("q2_by_year", "Sector by year", "Table");
        _setValue(area("answer-columns"), "year = Year : number\nsector = Sector : choice : @sectors");

        _click(_get(Button.class, s -> s.withId("designer-details")));
        _setValue(area("details-option-lists"), "sectors:\nagri = Agriculture\nIN SOME = In some sectors\n"
                + "1+ = More than one");

        TemplateDefinition saved = templates.version(draft.id()).definition();
        List<String> values = List.of("agri", "IN SOME", "1+");
        assertThat(((AnswerSpec.SingleChoice) answer(saved, "q1_sector")).options())
                .extracting(AnswerSpec.Option::value).containsExactlyElementsOf(values);
        assertThat(((AnswerSpec.Table) answer(saved, "q2_by_year")).columns().get(1).options())
                .extracting(AnswerSpec.Option::value).containsExactlyElementsOf(values);
        assertThat(templates.problems(draft.id())).isEmpty();
        var exported = TemplateJson.mapper().readTree(templates.export(draft.id()));
        assertThat(exported.at("/version/sections/0/items/0/answer/optionList").asText()).isEqualTo("sectors");
        assertThat(exported.at("/version/sections/0/items/0/answer").has("options"))
                .as("the file names the list, as its author wrote it").isFalse();
        assertThat(exported.at("/version/optionLists/0/options/2/value").asText()).isEqualTo("1+");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> preview = _get(RadioButtonGroup.class, s -> s.withId("answer-q1_sector"));
        assertThat(preview.getListDataView().getItems().toList()).containsExactlyElementsOf(values);
    }

    @Test
    void aListInUseCannotBeRemovedAndAQuestionCanTakeTheOptionsAsItsOwn() {
        addQuestion("q1_sector", "Main sector", "Multiple choice");
        _setValue(select("answer-option-list"), "sectors");

        _click(_get(Button.class, s -> s.withId("designer-details")));
        _setValue(area("details-option-lists"), "");
        assertThat(area("details-option-lists").getErrorMessage())
                .isEqualTo("The list sectors is used by questions; choose other options for them before removing it");
        assertThat(templates.version(draft.id()).definition().optionLists()).hasSize(1);

        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(text("item-key"), "q2_other");
        _setValue(area("item-text-en"), "Other");
        _setValue(select("answer-kind"), "Multiple choice");
        _setValue(select("answer-option-list"), "sectors");
        _setValue(select("answer-option-list"), "");
        _setValue(area("answer-options"), "agri = Agriculture\nfish = Fisheries");
        AnswerSpec.MultipleChoice own = (AnswerSpec.MultipleChoice) answer(templates.version(draft.id()).definition(),
                "q2_other");
        assertThat(own.optionList()).isNull();
        assertThat(own.options()).extracting(AnswerSpec.Option::value).containsExactly("agri", "fish");
    }


    private static AnswerSpec answer(TemplateDefinition definition, String key) {
        return definition.questions().stream().filter(q -> q.key().equals(key)).findFirst().map(Question::answer)
                .orElseThrow();
    }
}

package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The designer lists what is left to fix in the language of the page. */
class DesignerProblemsLanguageTest extends ViewTest {

    @Autowired
    TemplateService templates;

    @Test
    void aFrenchDesignerReadsTheProblemsInFrench() {
        signInAs("secretariat");
        UI.getCurrent().setLocale(Locale.FRENCH);
        long draft = templates.create("DESFR-" + UUID.randomUUID().toString().substring(0, 6), "Problèmes").id();
        UI.getCurrent().navigate(DesignerView.class, draft);

        _click(_get(Button.class, s -> s.withId("designer-add-section")));

        List<String> problems = _get(UnorderedList.class, s -> s.withId("problems-list")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(problems).containsExactly("Le questionnaire : n’a aucune question");
    }

    @Test
    void aFrenchDesignerIsToldInFrenchWhatIsWrongWithAPatternAndAnOptionValue() {
        signInAs("secretariat");
        UI.getCurrent().setLocale(Locale.FRENCH);
        long draft = templates.create("DESFR-" + UUID.randomUUID().toString().substring(0, 6), "Motifs").id();
        UI.getCurrent().navigate(DesignerView.class, draft);
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(select("answer-kind"), "Short text");
        _setValue(select("answer-format"), "pattern");

        _setValue(_get(TextField.class, s -> s.withId("answer-pattern")), "([A-Z]{3}");

        assertThat(_get(TextField.class, s -> s.withId("answer-pattern")).getErrorMessage())
                .startsWith("Le modèle n’est pas une expression régulière valide : ");

        _setValue(select("answer-kind"), "Single choice");
        _setValue(_get(TextArea.class, s -> s.withId("answer-options")), "a:b = A\nc = C");
        assertThat(_get(TextArea.class, s -> s.withId("answer-options")).getErrorMessage())
                .contains("contient = , ou :, qui séparent les valeurs dans le concepteur");
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}

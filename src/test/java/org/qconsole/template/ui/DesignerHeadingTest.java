package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Item;
import org.qconsole.model.TextBlock;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/** A numbered heading without an answer, made in the designer: a text given a number, sub-questions under it. */
class DesignerHeadingTest extends ViewTest {

    @Autowired
    TemplateService templates;

    @Test
    void aTextGivenANumberTakesSubQuestionsAndIsWrittenAsAHeading() throws Exception {
        signInAs("secretariat");
        TemplateVersion draft = templates.create("HDG-" + UUID.randomUUID().toString().substring(0, 6), "Headings");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Confiscation");
        _click(_get(Button.class, s -> s.withId("designer-add-text")));
        _setValue(_get(TextArea.class, s -> s.withId("item-text-en")), "Regarding confiscation:");
        _setValue(_get(TextField.class, s -> s.withId("item-number")), "5");

        _click(_get(Button.class, s -> s.withId("designer-add-subquestion")));
        _setValue(_get(TextField.class, s -> s.withId("item-number")), "(a)");

        Item heading = templates.version(draft.id()).definition().sections().get(0).items().get(0);
        assertThat(heading).isInstanceOfSatisfying(TextBlock.class, text -> {
            assertThat(text.number()).isEqualTo("5");
            assertThat(text.items()).singleElement().satisfies(sub -> assertThat(sub.number()).isEqualTo("(a)"));
        });
        assertThat(templates.problems(draft.id())).isEmpty();
        var exported = TemplateJson.mapper().readTree(templates.export(draft.id()));
        assertThat(exported.at("/version/sections/0/items/0/type").asText()).isEqualTo("text");
        assertThat(exported.at("/version/sections/0/items/0/number").asText()).isEqualTo("5");
        assertThat(exported.at("/version/sections/0/items/0/items/0/type").asText()).isEqualTo("question");
        assertThat(_get(Span.class, s -> s.withClasses("question-number").withText("5")))
                .as("the preview shows the heading's number").isNotNull();
    }
}

package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ViewTest;

/** The secretariat's template pages, browserless: create, see problems, publish, import errors. */
class TemplateViewsTest extends ViewTest {

    @BeforeEach
    void open() {
        signInAs("secretariat");
        UI.getCurrent().navigate(TemplatesView.class);
    }

    @Test
    void aNewTemplateStartsAsAnEmptyDraftWhoseProblemsAreListed() {
        String code = "NEW-" + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, s -> s.withId("template-new")));
        _setValue(_get(TextField.class, s -> s.withId("template-new-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("template-new-title")), "Annual review");
        _click(_get(Button.class, s -> s.withId("template-new-create")));

        _get(TemplateVersionView.class);
        assertThat(_get(H1.class, s -> s.withId("template-version-heading")).getText()).isEqualTo(code + " v1 · Draft");
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_get(ProblemList.class, s -> s.withId("template-problems")).getElement().getTextRecursively())
                .contains("has no section", "has no question");

        _click(_get(Button.class, s -> s.withId("template-publish")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(ProblemList.class, s -> s.withId("problems")).getElement().getTextRecursively())
                .contains("cannot be published: 2 problems to fix first", "has no section");
        assertThat(_get(H1.class, s -> s.withId("template-version-heading")).getText()).endsWith("· Draft");
    }

    @Test
    void aBadCodeIsExplainedInTheDialog() {
        _click(_get(Button.class, s -> s.withId("template-new")));
        _setValue(_get(TextField.class, s -> s.withId("template-new-code")), "no spaces allowed");
        _setValue(_get(TextField.class, s -> s.withId("template-new-title")), "X");
        _click(_get(Button.class, s -> s.withId("template-new-create")));

        assertThat(_get(Paragraph.class, s -> s.withId("template-new-error")).getText())
                .startsWith("A template code is 1 to 64 letters");
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndTheListStays() {
        _get(TemplatesView.class).importFile("{ not json".getBytes(StandardCharsets.UTF_8));

        _get(TemplatesView.class);
        assertThat(_get(ProblemList.class, s -> s.withId("problems")).getElement().getTextRecursively())
                .contains("The file was not imported.", "The file is not valid JSON");
    }
}

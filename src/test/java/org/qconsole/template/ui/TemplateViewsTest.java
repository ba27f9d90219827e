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
import org.qconsole.template.DraftEditor;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;

/** The secretariat's template pages, browserless: create, see problems, publish, import errors. */
class TemplateViewsTest extends ViewTest {

    @Autowired
    TemplateService templates;

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
    void comparingTwoVersionsShowsExactlyWhatChanged() {
        TemplateVersion v2 = secondVersionWithRenamedQuestion3(true);

        List<VersionDiffView.Line> lines = compareWithVersionOne(v2, "Compare");

        assertThat(_get(Span.class, s -> s.withId("template-diff-summary")).getText()).isEqualTo("1 added, 1 changed");
        assertThat(lines).as("in reading order").containsExactly(
                new VersionDiffView.Line("Changed", "Question q3_name", "Text (en)", "Name of the authority",
                        "Name of the competent authority"),
                new VersionDiffView.Line("Added", "Question q10_new", "", "", "10 Anything else?"));
    }

    @Test
    void aFrenchSecretaryComparesVersionsInFrench() {
        TemplateVersion v2 = secondVersionWithRenamedQuestion3(false);
        UI.getCurrent().setLocale(Locale.FRENCH);

        List<VersionDiffView.Line> lines = compareWithVersionOne(v2, "Comparer");

        assertThat(_get(Span.class, s -> s.withId("template-diff-summary")).getText()).isEqualTo("1 modification(s)");
        assertThat(lines).containsExactly(new VersionDiffView.Line("Modifié", "Question q3_name", "Texte (en)",
                "Name of the authority", "Name of the competent authority"));
    }

    /** A published v1 of every kind, and a v2 draft where question 3 is renamed (and, if asked, a question added). */
    private TemplateVersion secondVersionWithRenamedQuestion3(boolean withNewQuestion) {
        String code = "CMP-" + UUID.randomUUID().toString().substring(0, 6);
        TemplateVersion v1 = templates.importFile(TemplateJson.write(TemplateDocument.of(code,
                TemplateFixtures.everyKind())).getBytes(StandardCharsets.UTF_8));
        templates.publish(v1.id());
        TemplateVersion v2 = templates.newDraftFrom(v1.id());
        TemplateDefinition changed = DraftEditor.replaceItem(v2.definition(), DraftEditor.Path.ofSection(0).child(2),
                TemplateFixtures.question("q3_name", "3", "Name of the competent authority",
                        new AnswerSpec.ShortText(200), List.of()));
        if (withNewQuestion) {
            changed = DraftEditor.addItem(changed, DraftEditor.Path.ofSection(0), 9, TemplateFixtures.question(
                    "q10_new", "10", "Anything else?", new AnswerSpec.LongText(2000), List.of()));
        }
        templates.saveDraft(v2.id(), v2.revision(), changed);
        return v2;
    }

    /** Opens the version's comparison tab, chooses v1 and reads the lines of the comparison. */
    private List<VersionDiffView.Line> compareWithVersionOne(TemplateVersion version, String tabLabel) {
        UI.getCurrent().navigate(TemplateVersionView.class, version.id());
        _get(TabSheet.class).setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withLabel(tabLabel)));
        @SuppressWarnings("unchecked")
        Select<TemplateVersion> other = _get(Select.class, s -> s.withId("compare-with"));
        other.setValue(other.getListDataView().getItems().filter(v -> v.number() == 1).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<VersionDiffView.Line> grid = _get(Grid.class, s -> s.withId("template-diff-grid"));
        return grid.getListDataView().getItems().toList();
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
    void aBadCodeIsExplainedInThePagesLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        _click(_get(Button.class, s -> s.withId("template-new")));
        _setValue(_get(TextField.class, s -> s.withId("template-new-code")), "no spaces allowed");
        _setValue(_get(TextField.class, s -> s.withId("template-new-title")), "X");
        _click(_get(Button.class, s -> s.withId("template-new-create")));

        assertThat(_get(Paragraph.class, s -> s.withId("template-new-error")).getText())
                .isEqualTo("Un código de plantilla tiene de 1 a 64 letras, cifras, . _ o -, y empieza por una letra o"
                        + " una cifra (por ejemplo, ICT-2023).");
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndTheListStays() {
        _get(TemplatesView.class).importFile("{ not json".getBytes(StandardCharsets.UTF_8));

        _get(TemplatesView.class);
        assertThat(_get(ProblemList.class, s -> s.withId("problems")).getElement().getTextRecursively())
                .contains("The file was not imported.", "The file is not valid JSON");
    }

    @Test
    void aThreeMegabyteFileImportsAndALargerOneThanTheLimitIsRefusedInWords() {
        var upload = _get(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("template-import"));
        assertThat(upload.getMaxFileSize()).isEqualTo(org.qconsole.template.TemplateImporter.MAX_FILE_BYTES);
        assertThat(upload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("The file is too large: template files may be at most 5 MB.");

        _get(TemplatesView.class).importFile(new byte[6 * 1024 * 1024]);
        assertThat(_get(ProblemList.class, s -> s.withId("problems")).getElement().getTextRecursively())
                .contains("The file was not imported.", "The file is 6.0 MB; template files may be at most 5 MB");

        String code = "BIG-" + UUID.randomUUID().toString().substring(0, 6);
        _get(TemplatesView.class).importFile(TemplateFixtures.largeFile(code, 3));
        assertThat(_get(H1.class, s -> s.withId("template-version-heading")).getText()).isEqualTo(code + " v1 · Draft");
    }
}

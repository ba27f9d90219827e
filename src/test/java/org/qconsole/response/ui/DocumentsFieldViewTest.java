package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DocumentFixtures;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** A documents question in the fill-in, browserless: upload, list with a download link, describe, remove. */
class DocumentsFieldViewTest extends ViewTest {

    private static final String FIELD = "answer-" + DocumentFixtures.LAWS;

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        sweden = OneResponse.sentToSweden(assignments, answers, DocumentFixtures.publish(templates, "DV"), "Documents")
                .assignment();
        SignIn.out();
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);
    }

    @Test
    void anUploadedFileIsListedWithADownloadLinkAndSavedAsTheAnswer() {
        upload("criminal-code.pdf", TestFiles.pdf("Criminal code"));

        Anchor download = _get(Anchor.class, s -> s.withId(FIELD + "-download-1"));
        assertThat(download.getText()).isEqualTo("criminal-code.pdf");
        assertThat(download.getHref()).as("a link of this session's page").startsWith("VAADIN/dynamic/resource/");
        assertThat(status()).isEqualTo("All answers saved");
        assertThat(storedFiles()).extracting(DocumentFile::name, DocumentFile::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("criminal-code.pdf", "application/pdf"));

        _setValue(_get(TextField.class, s -> s.withId(FIELD + "-description-1")), "Chapter 4, Article 9");

        assertThat(storedFiles()).extracting(DocumentFile::description).containsExactly("Chapter 4, Article 9");
    }

    @Test
    void aRefusedFileShowsWhyAndIsNotListed() {
        upload("law.pdf", TestFiles.pdf("law"));

        upload("setup.pdf", TestFiles.program());

        assertThat(_get(Span.class, s -> s.withId(FIELD + "-problem")).getText())
                .startsWith("The file setup.pdf is ").contains("which cannot be attached");
        assertThat(_find(Anchor.class, s -> s.withId(FIELD + "-download-2"))).isEmpty();
        assertThat(storedFiles()).extracting(DocumentFile::name).containsExactly("law.pdf");
    }

    @Test
    void aRefusedFileIsExplainedInTheQuestionnairesLanguage() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.qconsole.model.Language> language =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("response-language"));
        _setValue(language, org.qconsole.model.Language.FR);

        upload("setup.pdf", TestFiles.program());

        assertThat(_get(Span.class, s -> s.withId(FIELD + "-problem")).getText())
                .startsWith("Le fichier setup.pdf est de type ")
                .endsWith(", qui ne peut pas être joint. Joignez des fichiers PDF, Word, Excel, PowerPoint ou"
                        + " OpenDocument, du texte brut ou des images (PNG, JPEG, GIF, TIFF, WebP).");
        upload("empty.pdf", new byte[0]);
        assertThat(_get(Span.class, s -> s.withId(FIELD + "-problem")).getText())
                .isEqualTo("Le fichier empty.pdf est vide.");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void removingAFileTakesItOffTheAnswer() {
        upload("law.pdf", TestFiles.pdf("law"));
        upload("decree.pdf", TestFiles.pdf("decree"));

        _click(_get(Button.class, s -> s.withId(FIELD + "-remove-1")));

        assertThat(_get(Anchor.class, s -> s.withId(FIELD + "-download-1")).getText()).isEqualTo("decree.pdf");
        assertThat(storedFiles()).extracting(DocumentFile::name).containsExactly("decree.pdf");
    }

    private void upload(String name, byte[] content) {
        UploadKt._upload(_get(Upload.class, s -> s.withId(FIELD)), name, "application/pdf", content);
        MockVaadin.clientRoundtrip();
    }

    private List<DocumentFile> storedFiles() {
        var stored = answers.open(sweden).answers().get(DocumentFixtures.LAWS);
        return stored == null ? List.of() : DocumentFile.read(stored.value()).orElseThrow();
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("response-status")).getText();
    }
}

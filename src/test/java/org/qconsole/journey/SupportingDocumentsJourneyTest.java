package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.SupportingDocuments;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** A focal point answers a question and attaches the law it cites beside the answer, then downloads it back. */
class SupportingDocumentsJourneyTest extends BrowserJourney {

    private static final String KEY = "q1_law";
    private static final String FIELD = "answer-" + KEY + Question.DOCUMENTS_SUFFIX;

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
        try {
            Question law = new Question(KEY, "1", LocalizedText.en("Which law governs mutual legal assistance?"),
                    null, new AnswerSpec.ShortText(null), true, null, null, List.of(), List.of(),
                    new SupportingDocuments(3));
            long version = TemplateFixtures.publish(templates, "SUPJ", new TemplateDefinition(
                    LocalizedText.en("Legal assistance"), "", LocalizedText.EMPTY, List.of(), List.of(new Section("s1",
                            "I", LocalizedText.en("Law"), LocalizedText.EMPTY, List.of(), List.of(law), null)))).id();
            sweden = OneResponse.sentToSweden(assignments, answers, version, "Supporting").assignment();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aFocalPointAttachesTheLawItCitesBesideItsAnswer() throws IOException {
        byte[] pdf = TestFiles.pdf("Act on international legal assistance in criminal matters (2000:562)");
        Path file = Files.createTempDirectory("upload").resolve("act-2000-562.pdf");
        Files.write(file, pdf);
        signIn("swe.focal");
        browser.get(CONSOLE + "/response/" + sweden);
        type("answer-" + KEY, "Act on international legal assistance in criminal matters (2000:562)");

        upload(FIELD, file);

        waitForText(FIELD + "-download-1", "act-2000-562\\.pdf");
        waitForText("response-status", "All answers saved");
        waitForText("response-progress", "100% complete.*");
        SignIn.as(users, "swe.focal");
        try {
            var stored = answers.open(sweden).answers();
            assertThat(stored.get(KEY).value()).isEqualTo(TextNode.valueOf(
                    "Act on international legal assistance in criminal matters (2000:562)"));
            assertThat(DocumentFile.read(stored.get(KEY + Question.DOCUMENTS_SUFFIX).value()).orElseThrow())
                    .extracting(DocumentFile::name).containsExactly("act-2000-562.pdf");
        } finally {
            SignIn.out();
        }

        click(FIELD + "-download-1");
        assertThat(Files.readAllBytes(waitForDownloadNamed("act-2000-562.pdf"))).isEqualTo(pdf);

        // Choosing a file fires "input" in the upload's shadow root; the file goes by a request of its own and
        // may be stored before that event reaches the console, so it must not turn the status to "not saved".
        fireInput(FIELD, "input[type=file]");
        settle();
        // Read as it is now (the status may be scrolled out of view, which Selenium's visibility check refuses).
        assertThat(browser.findElement(org.openqa.selenium.By.id("response-status")).getDomProperty("textContent"))
                .isEqualTo("All answers saved");
        fireInput("answer-" + KEY, "input"); // typing does: its value is still on its way
        waitForText("response-status", "Not saved yet");
    }

    private void fireInput(String hostId, String input) {
        ((JavascriptExecutor) browser).executeScript("const host = document.getElementById(arguments[0]);"
                + "(host.querySelector(arguments[1]) || host.shadowRoot.querySelector(arguments[1]))"
                + ".dispatchEvent(new Event('input', {bubbles: true, composed: true}));", hostId, input);
    }
}

package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DocumentFixtures;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.Downloaded;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A focal point attaches a PDF in a real browser, sees it saved, and downloads the same bytes back; the
 * secretariat then downloads the campaign's documents as a ZIP from the dashboard.
 */
class DocumentsJourneyTest extends BrowserJourney {

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
    private long campaign;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        try {
            OneResponse response = OneResponse.sentToSweden(assignments, answers, DocumentFixtures.publish(templates,
                    "DJ"), "Documents");
            sweden = response.assignment();
            campaign = response.campaign();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aFocalPointUploadsAPdfAndDownloadsTheSameBytes() throws IOException {
        byte[] pdf = TestFiles.pdf("Act on international legal assistance in criminal matters (2000:562)");
        Path file = Files.createTempDirectory("upload").resolve("legal-assistance-act.pdf");
        Files.write(file, pdf);
        signIn("swe.focal");
        browser.get(CONSOLE + "/response/" + sweden);
        upload(FIELD, file);

        waitForText(FIELD + "-download-1", "legal-assistance-act\\.pdf");
        waitForText("response-status", "All answers saved");
        SignIn.as(users, "swe.focal");
        try {
            var stored = DocumentFile.read(answers.open(sweden).answers().get(DocumentFixtures.LAWS).value())
                    .orElseThrow();
            assertThat(stored).extracting(DocumentFile::name).containsExactly("legal-assistance-act.pdf");
            assertThat(stored.get(0).type()).isEqualTo("application/pdf");
        } finally {
            SignIn.out();
        }

        click(FIELD + "-download-1");

        assertThat(Files.readAllBytes(waitForDownloadNamed("legal-assistance-act.pdf"))).isEqualTo(pdf);

        click("logout");
        waitUntilOnKeycloakLogin();
        signIn("secretariat");
        browser.get(CONSOLE + "/dashboard/" + campaign);
        click("dashboard-documents");

        assertThat(Downloaded.zipEntries(waitForDownloadNamed("documents-campaign-" + campaign + ".zip")))
                .containsOnlyKeys("Sweden (SWE)/1 q1_laws/legal-assistance-act.pdf")
                .containsValue(new String(pdf, StandardCharsets.ISO_8859_1));
    }
}

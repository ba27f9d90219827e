package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.export.PdfService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The campaign's documents as one ZIP (a folder per State, the files its answers list now, byte for byte), and
 * the files named in the export and the response's PDF.
 */
@ConsoleTest
class DocumentArchiveTest {

    @Autowired
    DocumentArchive archive;
    @Autowired
    DocumentService documents;
    @Autowired
    AnswerService answers;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ExportService exports;
    @Autowired
    PdfService pdfs;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theZipHoldsAFolderPerStateWithTheFilesItsAnswersList() throws IOException {
        SignIn.as(users, "secretariat");
        long version = DocumentFixtures.publish(templates, "ZIP");
        long campaign = assignments.create(new NewCampaign(version, "Zip", "", LocalDate.now().plusDays(10),
                Set.of("SWE", "FRA"))).id();
        Map<String, Long> responses = new LinkedHashMap<>();
        assignments.assignments(campaign).forEach((Assignment a) -> responses.put(a.country().alpha3(), a.id()));
        SignIn.as(users, "swe.focal");
        DocumentFile replaced = attach(responses.get("SWE"), "law.pdf", "old law");
        save(responses.get("SWE"), List.of(replaced), 0);
        save(responses.get("SWE"), List.of(attach(responses.get("SWE"), "law.pdf", "new law"),
                attach(responses.get("SWE"), "law.pdf", "its annex")), 1);
        SignIn.as(users, "fra.focal");
        save(responses.get("FRA"), List.of(attach(responses.get("FRA"), "code pénal.pdf", "code")), 0);

        SignIn.as(users, "manager");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        int files = archive.zip(campaign, zip);

        assertThat(files).isEqualTo(3);
        assertThat(entries(zip.toByteArray())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Sweden (SWE)/1 q1_laws/law.pdf", new String(TestFiles.pdf("new law")),
                "Sweden (SWE)/1 q1_laws/law (2).pdf", new String(TestFiles.pdf("its annex")),
                "France (FRA)/1 q1_laws/code pénal.pdf", new String(TestFiles.pdf("code"))));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.CSV, csv, rows -> { });
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).as("the export lists the files per answer")
                .contains("law.pdf; law.pdf").contains("code pénal.pdf");
        String pdf = pdfText(pdfs.response(responses.get("SWE"), org.qconsole.model.Language.EN));
        assertThat(pdf).as("the response's PDF names the files").contains("law.pdf; law.pdf");
        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> archive.zip(campaign, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private DocumentFile attach(long response, String name, String text) {
        return documents.upload(response, DocumentFixtures.LAWS, name, new ByteArrayInputStream(TestFiles.pdf(text)));
    }

    private void save(long response, List<DocumentFile> files, int revision) {
        assertThat(answers.save(response, DocumentFixtures.LAWS, DocumentFile.toJson(files), revision))
                .isInstanceOf(SaveOutcome.Saved.class);
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes()));
            }
        }
        return entries;
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.DocumentRefused;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.response.repository.DocumentRepository;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Files of a documents answer on PostgreSQL: stored as they stream in, read back byte for byte, refused with
 * a message naming the limit, the type or the scan's finding, and a refused or broken upload leaves no row.
 */
@ConsoleTest
class DocumentServiceTest {

    @Autowired
    DocumentService documents;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService history;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    DocumentRepository repository;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    Delegations delegations;
    @Autowired
    CurrentUserService currentUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        sweden = OneResponse.sentToSweden(assignments, answers, DocumentFixtures.publish(templates, "DOC"), "Documents")
                .assignment();
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPdfIsStoredWithItsDetectedTypeAndDownloadsByteForByte() throws IOException {
        byte[] pdf = TestFiles.pdf("Criminal code");

        DocumentFile file = documents.upload(sweden, DocumentFixtures.LAWS, "C:\\Laws\\criminal-code.pdf",
                new ByteArrayInputStream(pdf));

        assertThat(file.name()).isEqualTo("criminal-code.pdf");
        assertThat(file.type()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(download(file.id())).isEqualTo(pdf);
        SignIn.as(users, "secretariat");
        assertThat(download(file.id())).as("the secretariat reads every country's files").isEqualTo(pdf);
    }

    @Test
    void aFileOfTwentyMegabytesStreamsInAndOutInChunks() throws IOException {
        long size = DataSize.ofMegabytes(20).toBytes();

        DocumentFile file = documents.upload(sweden, DocumentFixtures.LAWS, "big.pdf", TestFiles.pdfOfSize(size, 3));

        assertThat(file.size()).isEqualTo(size);
        assertThat(chunksOf(file.id())).isEqualTo(20);
        TestFiles.Digest downloaded = new TestFiles.Digest();
        documents.copyTo(file.id(), downloaded);
        assertThat(downloaded.hex()).isEqualTo(TestFiles.sha256(TestFiles.pdfOfSize(size, 3)));
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingItAndLeavesNothing() {
        long before = storedRows();

        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "huge.pdf",
                TestFiles.pdfOfSize(DataSize.ofMegabytes(20).toBytes() + 1, 1)))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The file huge.pdf is larger than 20 MB, the limit for one file.");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void aProgramNamedPdfIsRefusedByItsContent() {
        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "law.pdf",
                new ByteArrayInputStream(TestFiles.program())))
                .isInstanceOf(DocumentRefused.class)
                .hasMessageStartingWith("The file law.pdf is ")
                .hasMessageContaining("application/x-")
                .hasMessageEndingWith("which cannot be attached. Attach PDF, Word, Excel, PowerPoint or OpenDocument"
                        + " files, plain text or images (PNG, JPEG, GIF, TIFF, WebP).");
        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "page.txt",
                new ByteArrayInputStream("<html><body><script>alert(1)</script></body></html>".getBytes())))
                .as("HTML is not plain text, whatever its name").isInstanceOf(DocumentRefused.class);
        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "empty.pdf",
                new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(DocumentRefused.class).hasMessage("The file empty.pdf is empty.");
    }

    @Test
    void plainTextAndImagesAreTaken() {
        assertThat(documents.upload(sweden, DocumentFixtures.LAWS, "notes.txt",
                new ByteArrayInputStream("Article 1. Everyone has the right...\n".getBytes())).type())
                .isEqualTo("text/plain");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(documents.upload(sweden, DocumentFixtures.LAWS, "scan", new ByteArrayInputStream(png)).type())
                .isEqualTo("image/png");
    }

    @Test
    void aBrokenUploadLeavesNoRowBehind() {
        long before = storedRows();

        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "cut.pdf",
                TestFiles.breakingAfter(3 * DocumentService.CHUNK_BYTES + 100)))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The upload of cut.pdf broke off before its end, so nothing of it was kept. Please upload"
                        + " it again.");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void theResponseLimitCountsEveryStoredFile() {
        DocumentService small = serviceWith(new DocumentLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(3), null),
                DocumentScanner.ACCEPT_ALL);
        inTransaction(() -> small.upload(sweden, DocumentFixtures.LAWS, "a.pdf",
                TestFiles.pdfOfSize(DataSize.ofMegabytes(2).toBytes(), 1)));

        assertThatThrownBy(() -> inTransaction(() -> small.upload(sweden, DocumentFixtures.LAWS, "b.pdf",
                TestFiles.pdfOfSize(DataSize.ofMegabytes(2).toBytes(), 2))))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The file b.pdf does not fit: this response's files may take 3 MB in all, and 2 MB are"
                        + " stored already (files removed from an answer stay in its history and count too).");
    }

    @Test
    void aFileTheScannerRefusesIsNotKept() throws IOException {
        long before = storedRows();
        try (FakeClamd clamd = new FakeClamd()) {
            DocumentService scanned = serviceWith(new DocumentLimits(DataSize.ofMegabytes(20),
                    DataSize.ofMegabytes(200), null), new ClamdScanner("127.0.0.1:" + clamd.port()));

            assertThatThrownBy(() -> inTransaction(() -> scanned.upload(sweden, DocumentFixtures.LAWS, "infected.pdf",
                    new ByteArrayInputStream(TestFiles.pdf(FakeClamd.EICAR))))).isInstanceOf(DocumentRefused.class)
                    .hasMessage("The file infected.pdf was not kept: the virus scanner found Eicar-Signature.");
            assertThat(storedRows()).isEqualTo(before);
            assertThat(inTransaction(() -> scanned.upload(sweden, DocumentFixtures.LAWS, "clean.pdf",
                    new ByteArrayInputStream(TestFiles.pdf("clean")))).name()).isEqualTo("clean.pdf");
        }
        DocumentService unreachable = serviceWith(new DocumentLimits(DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(200), null), new ClamdScanner("127.0.0.1:1"));
        assertThatThrownBy(() -> inTransaction(() -> unreachable.upload(sweden, DocumentFixtures.LAWS, "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("law"))))).isInstanceOf(DocumentRefused.class)
                .hasMessage("The file law.pdf was not kept: the virus scanner cannot be reached; try again later.");
    }

    @Test
    void theAnswerListsUploadedFilesAndItsHistoryKeepsAReplacedOne() {
        DocumentFile law = documents.upload(sweden, DocumentFixtures.LAWS, "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("law")));
        DocumentFile decree = documents.upload(sweden, DocumentFixtures.LAWS, "decree.pdf",
                new ByteArrayInputStream(TestFiles.pdf("decree")));
        save(List.of(law.describedAs("Criminal code")));
        save(List.of(decree));

        assertThat(answers.open(sweden).published().progress(java.util.Map.of(DocumentFixtures.LAWS,
                DocumentFile.toJson(List.of(decree)))).missing()).isEmpty();
        assertThat(history.history(sweden, Language.EN).entries()).extracting(HistoryEntry::after)
                .contains("law.pdf (Criminal code)", "decree.pdf");
        SignIn.as(users, "secretariat");
        assertThat(download(law.id())).as("a replaced file stays for the history").isEqualTo(TestFiles.pdf("law"));
    }

    @Test
    void aForgedListOfFilesIsRefused() {
        DocumentFile law = documents.upload(sweden, DocumentFixtures.LAWS, "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("law")));
        DocumentFile made = new DocumentFile(UUID.randomUUID(), "secret.pdf", "application/pdf", 10, "");
        DocumentFile renamed = new DocumentFile(law.id(), "other.pdf", law.type(), law.size(), "");

        assertThat(answers.save(sweden, DocumentFixtures.LAWS, DocumentFile.toJson(List.of(law, made)), 0))
                .isEqualTo(new SaveOutcome.Invalid("The file secret.pdf is not one uploaded to this question: upload it"
                        + " again."));
        assertThat(answers.save(sweden, DocumentFixtures.LAWS, DocumentFile.toJson(List.of(renamed)), 0))
                .isInstanceOf(SaveOutcome.Invalid.class);
        JsonNode twice = DocumentFile.toJson(List.of(law, law));
        assertThat(answers.save(sweden, DocumentFixtures.LAWS, twice, 0))
                .isEqualTo(new SaveOutcome.Invalid("The file law.pdf is listed twice."));
        ObjectNode unreadable = (ObjectNode) law.toJson();
        unreadable.put("id", "not-an-id");
        assertThat(answers.save(sweden, DocumentFixtures.LAWS,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(unreadable), 0)).isEqualTo(new SaveOutcome.Invalid("This list of documents is not readable."));
    }

    @Test
    void filesGoOnlyToDocumentsQuestionsOfOpenResponsesByTheCountry() {
        assertThatThrownBy(() -> documents.upload(sweden, "q2_name", "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("law"))))
                .isInstanceOf(AssignmentException.class)
                .hasMessage("This questionnaire has no documents question \"q2_name\".");
        SignIn.as(users, "secretariat");
        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "law.pdf",
                new ByteArrayInputStream(TestFiles.pdf("law")))).isInstanceOf(AccessDeniedException.class);
    }

    private void save(List<DocumentFile> files) {
        var stored = answers.open(sweden).answers().get(DocumentFixtures.LAWS);
        assertThat(answers.save(sweden, DocumentFixtures.LAWS, DocumentFile.toJson(files),
                stored == null ? 0 : stored.revision())).isInstanceOf(SaveOutcome.Saved.class);
    }

    private byte[] download(UUID id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copyTo(id, out);
        return out.toByteArray();
    }

    private DocumentService serviceWith(DocumentLimits limits, DocumentScanner scanner) {
        return new DocumentService(repository, workflow, templates, currentUsers, limits, scanner, delegations);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private int chunksOf(UUID id) {
        return inTransaction(() -> jdbc.queryForObject("SELECT count(*) FROM document_chunk WHERE document_id = ?",
                Integer.class, id));
    }

    /** Files and chunks of every country, counted by the secretariat (who sees all). */
    private long storedRows() {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "secretariat");
        try {
            return inTransaction(() -> jdbc.queryForObject(
                    "SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM document_chunk)", Long.class));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        }
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * France tries to read Sweden's file and to attach it to its own answer, with the file's real id and details,
 * through the services and in SQL: every attempt is refused or sees nothing, and the file stays as it was.
 */
@ConsoleTest
class DocumentIsolationTest {

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
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long sweden;
    private long france;
    private DocumentFile swedishLaw;

    @BeforeEach
    void swedenHasAttachedALaw() {
        SignIn.as(users, "secretariat");
        long version = DocumentFixtures.publish(templates, "DI");
        long campaign = assignments.create(new NewCampaign(version, "Documents isolation", "",
                LocalDate.now().plusDays(10), Set.of("SWE", "FRA"))).id();
        var all = assignments.assignments(campaign);
        sweden = all.stream().filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow().id();
        france = all.stream().filter(a -> a.country().alpha3().equals("FRA")).findFirst().orElseThrow().id();
        SignIn.as(users, "swe.focal");
        swedishLaw = documents.upload(sweden, DocumentFixtures.LAWS, "confidential.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Swedish secret")));
        SignIn.as(users, "fra.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFrenchUserCannotReadSwedensFileByItsId() {
        assertThatThrownBy(() -> documents.document(swedishLaw.id())).isInstanceOf(AssignmentException.class)
                .hasMessage("There is no document " + swedishLaw.id() + ".");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> documents.copyTo(swedishLaw.id(), out)).isInstanceOf(AssignmentException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void aFrenchUserCannotAttachSwedensFileWithAForgedValue() {
        SaveOutcome outcome = answers.save(france, DocumentFixtures.LAWS, DocumentFile.toJson(List.of(swedishLaw)), 0);

        assertThat(outcome).isEqualTo(new SaveOutcome.Invalid("The file confidential.pdf is not one uploaded to this"
                + " question: upload it again."));
        assertThat(answers.open(france).answers()).doesNotContainKey(DocumentFixtures.LAWS);
    }

    @Test
    void aFrenchUserCannotUploadIntoSwedensResponse() {
        assertThatThrownBy(() -> documents.upload(sweden, DocumentFixtures.LAWS, "planted.pdf",
                new ByteArrayInputStream(TestFiles.pdf("planted")))).isInstanceOf(AssignmentException.class);
    }

    @Test
    void inSqlAFrenchUserSeesNoSwedishFileOrChunkAndCannotWriteOne() {
        assertThat(count("SELECT count(*) FROM document WHERE id = '" + swedishLaw.id() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM document_chunk WHERE document_id = '" + swedishLaw.id() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM document WHERE country = 'SWE'")).isZero();
        assertThatThrownBy(() -> inTransaction(() -> jdbc.update("INSERT INTO document_chunk (document_id, country,"
                + " sequence, data) VALUES ('" + swedishLaw.id() + "', 'SWE', 1, '\\x00')")))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("row-level security");
    }

    @Test
    void noOneChangesOrDeletesAStoredFileNotEvenTheSecretariat() {
        SignIn.as(users, "secretariat");

        assertThatThrownBy(() -> inTransaction(() -> jdbc.update("DELETE FROM document_chunk")))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> inTransaction(() -> jdbc.update("UPDATE document SET file_name = 'x'")))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copyTo(swedishLaw.id(), out);
        assertThat(out.toByteArray()).isEqualTo(TestFiles.pdf("Swedish secret"));
    }

    private Integer count(String sql) {
        return inTransaction(() -> jdbc.queryForObject(sql, Integer.class));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.SupportingDocuments;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files attached beside an ordinary question's answer: uploaded and saved as the question's supporting
 * documents, within their own limit, hidden with their question, in the history and the export; a question
 * without them takes no file, and a template asking for them in a way that cannot work is refused.
 */
@ConsoleTest
class SupportingDocumentsTest {

    private static final String LAW = "q2_law";

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
    ExportService exports;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse response;

    @BeforeEach
    void swedenIsAskedWhetherItHasALaw() {
        SignIn.as(users, "secretariat");
        response = OneResponse.sentToSweden(assignments, answers, TemplateFixtures.publish(templates, "SUP",
                definition(new SupportingDocuments(2))).id(), "Supporting");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFileAttachedBesideAnAnswerIsSavedShownInTheHistoryAndExported() throws Exception {
        response.save("q1_central", TextNode.valueOf("yes"));
        response.save(LAW, TextNode.valueOf("The Act on international legal assistance (2000:562)."));
        DocumentFile act = documents.upload(response.assignment(), documentsKey(), "act.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Act on international legal assistance")));
        response.save(documentsKey(), DocumentFile.toJson(List.of(act)));

        assertThat(response.missing()).as("supporting documents are never required").isEmpty();
        assertThat(history.history(response.assignment(), Language.EN).entries()).anySatisfy(entry ->
                assertThat(entry.after()).isEqualTo("act.pdf"));
        SignIn.as(users, "manager");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(response.campaign()), ExportFormat.CSV, out, rows -> { });
        List<List<String>> rows = Csv.parse(out.toString(StandardCharsets.UTF_8));
        List<String> sweden = rows.stream().filter(row -> row.contains("SWE")).findFirst().orElseThrow();
        assertThat(sweden.get(rows.get(0).indexOf(documentsKey()))).isEqualTo("act.pdf");
    }

    @Test
    void theFilesGoWithTheirQuestionWhenItIsHidden() throws Exception {
        response.save("q1_central", TextNode.valueOf("yes"));
        DocumentFile act = documents.upload(response.assignment(), documentsKey(), "act.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Act")));
        response.save(documentsKey(), DocumentFile.toJson(List.of(act)));

        response.save("q1_central", TextNode.valueOf("no"));

        assertThat(response.shown(LAW)).isFalse();
        assertThat(response.shown(documentsKey())).isFalse();
    }

    @Test
    void moreFilesThanTheLimitAndFilesOnAQuestionWithoutThemAreRefused() throws Exception {
        DocumentFile one = documents.upload(response.assignment(), documentsKey(), "one.pdf",
                new ByteArrayInputStream(TestFiles.pdf("One")));
        DocumentFile two = documents.upload(response.assignment(), documentsKey(), "two.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Two")));
        DocumentFile three = documents.upload(response.assignment(), documentsKey(), "three.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Three")));

        assertThat(answers.save(response.assignment(), documentsKey(), DocumentFile.toJson(List.of(one, two, three)),
                0)).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid ->
                        assertThat(invalid.problem()).contains("at most 2"));
        assertThatThrownBy(() -> documents.upload(response.assignment(), "q1_central:documents", "x.pdf",
                new ByteArrayInputStream(TestFiles.pdf("X")))).isInstanceOf(AssignmentException.class)
                .hasMessageContaining("no documents question");
    }

    @Test
    void aTemplateAskingForSupportingDocumentsThatCannotWorkIsRefusedWithEveryProblem() {
        Question documentsAndSupporting = new Question("q3_files", "3", LocalizedText.en("Attach the law."), null,
                new AnswerSpec.Documents(null, null), false, null, null, List.of(), List.of(),
                new SupportingDocuments(null));
        TemplateDefinition tooMany = definition(new SupportingDocuments(500));
        List<org.qconsole.model.Item> items = new java.util.ArrayList<>(tooMany.sections().get(0).items());
        items.add(documentsAndSupporting);
        TemplateDefinition broken = TemplateFixtures.withItems(tooMany, items);
        SignIn.as(users, "secretariat");

        assertThatThrownBy(() -> TemplateFixtures.publish(templates, "SUPX", broken))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(Objects::toString)
                        .anyMatch(p -> p.contains("allows 500 supporting documents; use 1 to 200"))
                        .anyMatch(p -> p.contains("takes documents as its answer and also allows supporting")));
    }

    private static String documentsKey() {
        return LAW + Question.DOCUMENTS_SUFFIX;
    }

    private static TemplateDefinition definition(SupportingDocuments supporting) {
        Question central = TemplateFixtures.required(TemplateFixtures.question("q1_central", "1",
                "Do you have a law on mutual legal assistance?", new AnswerSpec.YesNo(), List.of()));
        Question law = new Question(LAW, "2", LocalizedText.en("Which law?"), null, new AnswerSpec.ShortText(null),
                true, null, new Condition.Equals("q1_central", TextNode.valueOf("yes")), List.of(), List.of(),
                supporting);
        return new TemplateDefinition(LocalizedText.en("Legal assistance"), "", LocalizedText.EMPTY, List.of(),
                List.of(new Section("s1", "I", LocalizedText.en("Law"), LocalizedText.EMPTY, List.of(),
                        List.of(central, law), null)));
    }
}

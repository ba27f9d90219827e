package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.template.model.TemplateJson;

/** The documents kind as the template format writes it, and what it says of a list of files. */
class DocumentsKindTest {

    private static final DocumentFile LAW = new DocumentFile(UUID.randomUUID(), "law.pdf", "application/pdf", 48213,
            "Criminal code");
    private static final DocumentFile DECREE = new DocumentFile(UUID.randomUUID(), "decree.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 9000, "");

    @Test
    void theTemplateFormatReadsAndWritesItsSettings() throws JsonProcessingException {
        AnswerSpec spec = TemplateJson.mapper().readValue("{\"kind\": \"documents\", \"maxFiles\": 5}", AnswerSpec.class);

        assertThat(spec).isEqualTo(new AnswerSpec.Documents(5, null));
        assertThat(TemplateJson.mapper().valueToTree(spec).toString()).isEqualTo("{\"kind\":\"documents\",\"maxFiles\":5}");
        assertThat(spec.kindName()).isEqualTo("Documents");
    }

    @Test
    void settingsOutOfRangeAreListed() {
        List<String> problems = new ArrayList<>();
        AnswerKinds.of(new AnswerSpec.Documents(0, null)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        AnswerKinds.of(new AnswerSpec.Documents(201, null)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        AnswerKinds.of(new AnswerSpec.Documents(null, false)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));

        assertThat(problems).containsExactly("allows 0 files; use 1 to 200", "allows 201 files; use 1 to 200");
    }

    @Test
    void aListOfFilesReadsInWordsAndCountsWhenItHasOne() {
        AnswerSpec spec = new AnswerSpec.Documents(null, null);

        assertThat(AnswerKinds.text(spec, DocumentFile.toJson(List.of(LAW, DECREE)), Language.FR))
                .isEqualTo("law.pdf (Criminal code); decree.docx");
        assertThat(AnswerKinds.isAnswered(spec, DocumentFile.toJson(List.of(LAW)))).isTrue();
        assertThat(AnswerKinds.isAnswered(spec, DocumentFile.toJson(List.of()))).isFalse();
        assertThat(AnswerKinds.of(spec).takesFiles()).isTrue();
        assertThat(AnswerKinds.of(new AnswerSpec.YesNo()).takesFiles()).isFalse();
    }

    @Test
    void aFollowUpOnADocumentBeingAttachedShowsOnceOneIsAndHidesWhenItIsRemoved() {
        var law = org.qconsole.template.TemplateFixtures.question("q1_law", "1", "Attach the law",
                new AnswerSpec.Documents(null, null), List.of());
        var since = org.qconsole.template.TemplateFixtures.withVisibleWhen(org.qconsole.template.TemplateFixtures
                .question("q2_since", "2", "In force since?", new AnswerSpec.DateAnswer(null, null), List.of()),
                new org.qconsole.model.Condition.Answered("q1_law"));
        var questionnaire = org.qconsole.questionnaire.PublishedQuestionnaire.of(
                org.qconsole.template.TemplateFixtures.withItems(org.qconsole.template.TemplateFixtures.everyKind(),
                        List.of(law, since)));

        assertThat(questionnaire.visibility(java.util.Map.of("q1_law", DocumentFile.toJson(List.of(LAW))))
                .isShown("q2_since")).isTrue();
        assertThat(questionnaire.visibility(java.util.Map.of("q1_law", DocumentFile.toJson(List.of())))
                .isShown("q2_since")).as("every file removed").isFalse();
    }

    @Test
    void tooManyFilesOrADescriptionWhereNoneIsTakenIsRefused() {
        assertThat(AnswerKinds.problem(new AnswerSpec.Documents(1, null), DocumentFile.toJson(List.of(LAW, DECREE))))
                .isEqualTo(Optional.of("Attach at most 1 file (this has 2)."));
        assertThat(AnswerKinds.problem(new AnswerSpec.Documents(null, false), DocumentFile.toJson(List.of(LAW))))
                .isEqualTo(Optional.of("This question takes no descriptions of its files."));
        assertThat(AnswerKinds.problem(new AnswerSpec.Documents(null, false), DocumentFile.toJson(List.of(DECREE))))
                .isEmpty();
        assertThat(AnswerKinds.problem(new AnswerSpec.Documents(null, null),
                com.fasterxml.jackson.databind.node.TextNode.valueOf("law.pdf")))
                .isEqualTo(Optional.of("This list of documents is not readable."));
    }
}

package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * A free-text (long text) answer written in the country's language with a version in another language beside
 * it: both kept, the answer given only when the written text is, both within the limit, both exported.
 */
class TranslatedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnswerKind LONG = AnswerKinds.of(new AnswerSpec.LongText(40));

    @Test
    void aWrittenTextWithItsEnglishVersionFitsAndReadsAsBoth() throws Exception {
        JsonNode value = new TranslatedAnswer("Le registre « Lex »", Language.EN, "The Lex register").toJson();

        assertThat(value).isEqualTo(JSON.readTree(
                "{\"text\": \"Le registre « Lex »\", \"translation\": {\"language\": \"en\", \"text\": \"The Lex register\"}}"));
        assertThat(LONG.problem(value)).isEmpty();
        assertThat(LONG.isAnswered(value)).isTrue();
        assertThat(LONG.text(value, Language.EN)).isEqualTo("Le registre « Lex » [English: The Lex register]");
        assertThat(LONG.translated(value)).contains(new TranslatedAnswer("Le registre « Lex »", Language.EN,
                "The Lex register"));
        assertThat(LONG.translated(TextNode.valueOf("Le registre"))).isEmpty();
    }

    @Test
    void bothColumnsAreExportedTheVersionNamingALanguageOtherThanEnglish() {
        var columns = LONG.exportColumns(Language.EN);

        assertThat(columns).extracting(ExportColumn::keySuffix).containsExactly("", "translation");
        JsonNode english = new TranslatedAnswer("Registro Lex", Language.EN, "Lex register").toJson();
        JsonNode french = new TranslatedAnswer("Registro Lex", Language.FR, "Registre Lex").toJson();
        assertThat(columns.get(0).cell().apply(english).asText()).isEqualTo("Registro Lex");
        assertThat(columns.get(1).cell().apply(english).asText()).isEqualTo("Lex register");
        assertThat(columns.get(1).cell().apply(french).asText()).isEqualTo("[Français] Registre Lex");
        assertThat(columns.get(0).cell().apply(TextNode.valueOf("Plain")).asText()).isEqualTo("Plain");
        assertThat(columns.get(1).cell().apply(TextNode.valueOf("Plain")).asText()).isEmpty();
        assertThat(AnswerKinds.of(new AnswerSpec.ShortText(null)).exportColumns(Language.EN)).as("a short text has none")
                .hasSize(1);
    }

    @Test
    void aVersionAloneAnswersNothingAndMisshapenOrTooLongValuesAreRefused() throws Exception {
        assertThat(LONG.isAnswered(new TranslatedAnswer(" ", Language.EN, "Only English").toJson())).isFalse();
        assertThat(LONG.problem(new TranslatedAnswer("Court", Language.EN, "x".repeat(41)).toJson()))
                .contains("Keep the version in English to at most 40 characters (it has 41).");
        assertThat(LONG.problem(new TranslatedAnswer("x".repeat(41), Language.EN, "Short").toJson()))
                .contains("Enter at most 40 characters (this has 41).");
        assertThat(LONG.problem(JSON.readTree("{\"text\": \"a\", \"translation\": {\"language\": \"de\","
                + " \"text\": \"b\"}}"))).hasValueSatisfying(problem -> assertThat(problem).startsWith("Enter text"));
        assertThat(LONG.problem(JSON.readTree("{\"text\": \"a\", \"translation\": {\"language\": \"en\","
                + " \"text\": \"b\"}, \"note\": \"c\"}"))).isPresent();
        assertThat(LONG.problem(JSON.readTree("{\"text\": 3, \"translation\": {\"language\": \"en\","
                + " \"text\": \"b\"}}"))).isPresent();
        assertThat(AnswerKinds.of(new AnswerSpec.ShortText(null)).problem(new TranslatedAnswer("a", Language.EN, "b")
                .toJson())).as("only free texts take a version").contains("Enter text.");
    }
}

package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.qconsole.model.Language;

/**
 * A free-text answer written in the respondent's own language with a version in another language beside it
 * (most often English, the secretariat's working language): both are kept. Stored as
 * {@code {"text": "...", "translation": {"language": "en", "text": "..."}}}; an answer without a version in
 * another language stays a plain JSON string.
 *
 * @param written the answer as the respondent wrote it
 * @param language the language of the version beside it
 * @param translation that version
 */
public record TranslatedAnswer(String written, Language language, String translation) {

    static final String TEXT = "text";
    static final String TRANSLATION = "translation";
    static final String LANGUAGE = "language";

    /** The stored value. */
    public JsonNode toJson() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put(TEXT, written);
        value.putObject(TRANSLATION).put(LANGUAGE, language.code()).put(TEXT, translation);
        return value;
    }

    /** The answer and its version of a stored value that has one (a value that does not fit reads as none). */
    public static Optional<TranslatedAnswer> of(JsonNode value) {
        if (value == null || !value.isObject() || !value.path(TEXT).isTextual()) {
            return Optional.empty();
        }
        JsonNode version = value.path(TRANSLATION);
        return Language.find(version.path(LANGUAGE).asText()).filter(language -> version.path(TEXT).isTextual())
                .map(language -> new TranslatedAnswer(value.get(TEXT).asText(), language,
                        version.get(TEXT).asText()));
    }

    /**
     * The version in a column of its own (an export, a compilation): English as it is, another language named
     * first ("[Français] Nous utilisons ...").
     */
    public String versionAlone() {
        return language == Language.EN ? translation : "[" + language.nativeName() + "] " + translation;
    }

    /** The answer and its version on one line: "Nous utilisons … [English: We use …]". */
    public String inWords() {
        return written + " [" + language.nativeName() + ": " + translation + "]";
    }
}

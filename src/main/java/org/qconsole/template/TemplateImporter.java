package org.qconsole.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.common.Phrase;

/**
 * Reads an uploaded template file into a {@link TemplateDocument}, turning everything that can be
 * wrong with the file itself (size, encoding, syntax, depth, values of the wrong kind, unknown kinds,
 * format version) into problems the secretariat can act on, in words and with the path of the value.
 * The content rules are {@link TemplateValidator}'s.
 */
public final class TemplateImporter {

    /** The one limit for template files: the import, the upload component and the servlet container follow it. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** The limit in words, as the console says it wherever a file is refused for its size. */

    /** The document read, or the problems that kept it from being read. */
    public record Parsed(TemplateDocument document, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private TemplateImporter() {
    }

    public static Parsed parse(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return failed(new Phrase("template.file.tooLarge", String.format(Locale.ROOT, "%.1f",
                    bytes.length / 1024.0 / 1024.0), String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(new Phrase("template.file.notUtf8"));
        }
        if (json.isBlank()) {
            return failed(new Phrase("template.file.empty"));
        }
        Optional<Phrase> unreadable = JsonPrescan.problem(json);
        if (unreadable.isPresent()) {
            return failed(unreadable.get());
        }
        TemplateDocument document;
        try {
            document = TemplateJson.readDocument(json);
        } catch (JsonProcessingException e) {
            return failed(describe(e));
        }
        List<Problem> envelope = envelopeProblems(document);
        return new Parsed(envelope.isEmpty() ? document : null, envelope);
    }

    private static List<Problem> envelopeProblems(TemplateDocument document) {
        if (document == null) {
            return List.of(Problem.of(new Phrase("template.file.noObject")));
        }
        if (!TemplateDocument.FORMAT.equals(document.format())) {
            return List.of(Problem.of(new Phrase("template.file.format", TemplateDocument.FORMAT)));
        }
        if (document.formatVersion() != TemplateDocument.FORMAT_VERSION) {
            return List.of(Problem.of(new Phrase("template.file.formatVersion", String.valueOf(document.formatVersion()),
                    String.valueOf(TemplateDocument.FORMAT_VERSION))));
        }
        if (document.template() == null || document.template().code() == null
                || !document.template().code().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            return List.of(Problem.of(new Phrase("template.file.noCode", "\"template\": {\"code\": \"ICT-2023\"}")));
        }
        if (document.version() == null) {
            return List.of(Problem.of(new Phrase("template.file.noVersion")));
        }
        return List.of();
    }

    private static Phrase describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return MappingProblem.describe(mapping);
        }
        // The pre-scan has read the same text; a parse error here would be a gap between the two readers.
        return new Phrase("template.file.notJson", JsonPrescan.where(e.getLocation()));
    }

    private static Parsed failed(Phrase message) {
        return new Parsed(null, List.of(Problem.of(message)));
    }
}

package org.qconsole.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;

/**
 * Reads an uploaded template file into a {@link TemplateDocument}, turning everything that can be
 * wrong with the file itself (size, encoding, syntax, unknown kinds, format version) into problems the
 * secretariat can act on. The content rules are {@link TemplateValidator}'s.
 */
public final class TemplateImporter {

    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

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
            return failed(String.format(Locale.ROOT, "The file is %.1f MB; template files may be at most 5 MB",
                    bytes.length / 1024.0 / 1024.0));
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed("The file is not UTF-8 text");
        }
        if (json.isBlank()) {
            return failed("The file is empty");
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
            return List.of(Problem.of("The file is not a questionnaire template: it holds no JSON object"));
        }
        if (!TemplateDocument.FORMAT.equals(document.format())) {
            return List.of(Problem.of("The file is not a questionnaire template: \"format\" must be \""
                    + TemplateDocument.FORMAT + "\""));
        }
        if (document.formatVersion() != TemplateDocument.FORMAT_VERSION) {
            return List.of(Problem.of("The file uses template format version " + document.formatVersion()
                    + "; this console reads version " + TemplateDocument.FORMAT_VERSION));
        }
        if (document.template() == null || document.template().code() == null
                || !document.template().code().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            return List.of(Problem.of("The file names no valid template code (\"template\": {\"code\": \"ICT-2023\"})"));
        }
        if (document.version() == null) {
            return List.of(Problem.of("The file holds no \"version\""));
        }
        return List.of();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return "The file nests JSON deeper than " + TemplateJson.MAX_NESTING + " levels";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property \"" + unknown.getPropertyName() + "\"" + at(unknown);
        }
        if (e instanceof InvalidTypeIdException type) {
            return "Unknown " + ("kind".equals(typeProperty(type)) ? "answer kind" : "type") + " \"" + type.getTypeId()
                    + "\"" + at(type);
        }
        if (e instanceof JsonMappingException mapping) {
            Throwable cause = mapping.getCause();
            String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : firstLine(mapping.getOriginalMessage());
            return "Unexpected value" + at(mapping) + ": " + reason;
        }
        JsonLocation where = e.getLocation();
        return "The file is not valid JSON: " + firstLine(e.getOriginalMessage())
                + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
    }

    private static String typeProperty(InvalidTypeIdException e) {
        return e.getBaseType() != null && e.getBaseType().getRawClass().getSimpleName().equals("AnswerSpec") ? "kind" : "type";
    }

    private static String at(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "" : " at " + path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Parsed failed(String message) {
        return new Parsed(null, List.of(Problem.of(message)));
    }
}

package org.qconsole.template.model;

import org.qconsole.model.TemplateDefinition;
import org.qconsole.answer.AnswerKinds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the template JSON format. Strict: unknown properties, kinds and languages, and
 * properties given twice, are errors, and the parser refuses documents nested deeper than
 * {@value #MAX_NESTING} levels.
 */
public final class TemplateJson {

    /** Generous for any real questionnaire, small enough to stop hostile nesting early. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent "required" or "integer" means false, as the format says.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A property given twice would otherwise silently take its last value.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        // Kinds of answers from providers (AnswerSpec.Custom) are read and written under their own names.
        AnswerKinds.customJsonTypes().forEach(MAPPER::registerSubtypes);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).build());
    }

    private TemplateJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(TemplateDocument document) {
        return writeValue(document);
    }

    public static String write(TemplateDefinition definition) {
        return writeValue(definition);
    }

    public static TemplateDefinition readDefinition(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, TemplateDefinition.class);
    }

    public static TemplateDocument readDocument(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, TemplateDocument.class);
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A template could not be written as JSON", e);
        }
    }
}

package org.qconsole.template.model;

import org.qconsole.model.TemplateDefinition;
import org.qconsole.answer.AnswerKinds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the template JSON format. Strict: unknown properties, kinds and languages, and
 * properties given twice, are errors, and the parser refuses documents nested deeper than
 * {@value #MAX_NESTING} levels.
 */
public final class TemplateJson {

    /** Names of parts in the format, where a designer's editor writes one part alone (its texts' paths begin so). */
    public static final String ANSWER = "answer";
    public static final String FOOTNOTES = "footnotes";
    public static final String OPTION_LISTS = "optionLists";

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
        return document.version() == null || document.version().optionLists().isEmpty() ? writeValue(document)
                : writeValue(withoutListedOptions(MAPPER.valueToTree(document)));
    }

    public static String write(TemplateDefinition definition) {
        return definition.optionLists().isEmpty() ? writeValue(definition)
                : writeValue(withoutListedOptions(MAPPER.valueToTree(definition)));
    }

    /**
     * A choice that names a shared option list is written with the name only, as its author wrote it: the
     * options the model filled in from the list are read from the list again. Changes the node given.
     */
    public static JsonNode withoutListedOptions(JsonNode node) {
        if (node instanceof ObjectNode object && object.hasNonNull("optionList")) {
            object.remove("options");
        }
        node.forEach(TemplateJson::withoutListedOptions);
        return node;
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

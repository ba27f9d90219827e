package org.qconsole.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

/**
 * A value in a template file that does not fit the format, in words: where it is (the JSON path, e.g.
 * {@code version.sections[0].items[2].text}) and what was expected instead. Never the mapper's own
 * message, which names Java types and parser tokens.
 */
final class MappingProblem {

    private MappingProblem() {
    }

    static Phrase describe(JsonMappingException e) {
        Worded at = at(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Phrase("template.file.unknownProperty", unknown.getPropertyName(), at);
        }
        if (e instanceof InvalidTypeIdException type) {
            boolean answer = AnswerSpec.class.equals(rawType(type));
            if (type.getTypeId() == null) {
                return new Phrase(answer ? "template.file.noKind" : "template.file.noType", at);
            }
            return new Phrase(answer ? "template.file.unknownKind" : "template.file.unknownType", type.getTypeId(), at);
        }
        if (e instanceof InvalidFormatException format) {
            return badValue(format, at);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Phrase("template.file.wrongValue", at, expected(mismatch.getTargetType()),
                    JsonPrescan.found(currentToken(mismatch)));
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && isOurs(cause)) {
            // The model's own checks (e.g. an unknown comparison operator) speak in words already, in English.
            String said = cause.getMessage();
            return new Phrase("template.file.wrongValueBecause", at, (Worded) language -> said);
        }
        return new Phrase("template.file.cannotRead", at);
    }

    private static Phrase badValue(InvalidFormatException e, Worded at) {
        Class<?> target = e.getTargetType();
        String value = e.getValue() == null ? "null" : "\"" + e.getValue() + "\"";
        if (Language.class.equals(target)) {
            return new Phrase("template.file.unknownLanguage", value, at, or(Arrays.stream(Language.values())
                    .map(Language::code).toList()));
        }
        if (target != null && target.isEnum()) {
            return new Phrase("template.file.unknownValue", value, at, or(Arrays.stream(target.getEnumConstants())
                    .map(MappingProblem::jsonName).toList()));
        }
        return new Phrase("template.file.wrongValue", at, expected(target), e.getValue() instanceof String
                ? new Phrase("template.file.found.theText", value) : value);
    }

    /** What a value of the model's type looks like in JSON. */
    private static Phrase expected(Class<?> type) {
        return new Phrase(expectedKey(type));
    }

    private static String expectedKey(Class<?> type) {
        if (type == null) {
            return "template.file.expected.other";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "template.file.expected.text";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == BigDecimal.class || type == BigInteger.class) {
            return "template.file.expected.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "template.file.expected.boolean";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "template.file.expected.date";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "template.file.expected.list";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "template.file.expected.object"
                : "template.file.expected.other";
    }

    private static JsonToken currentToken(MismatchedInputException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static Class<?> rawType(InvalidTypeIdException e) {
        return e.getBaseType() == null ? null : e.getBaseType().getRawClass();
    }

    /** The model's own messages are in words; a library's may name its types. */
    private static boolean isOurs(Throwable cause) {
        String message = cause.getMessage();
        return !message.contains("java.") && !message.contains("org.") && !message.contains("`")
                && !message.contains("JsonToken");
    }

    private static String jsonName(Object constant) {
        return TemplateJson.mapper().convertValue(constant, String.class);
    }

    /** "en, fr, es, ar, ru or zh" in the reader's language. */
    private static Object or(List<String> names) {
        return names.size() == 1 ? names.get(0) : new Phrase("template.file.or",
                String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    /** " at version.sections[0].items[1]", or nothing when the problem is the file as a whole. */
    private static Worded at(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        String json = path.startsWith(".") ? path.substring(1) : path;
        if (json.isEmpty()) {
            return language -> "";
        }
        return Places.after(new Phrase("template.file.at", json));
    }
}

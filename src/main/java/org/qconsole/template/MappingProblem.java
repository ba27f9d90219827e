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

/**
 * A value in a template file that does not fit the format, in words: where it is (the JSON path, e.g.
 * {@code version.sections[0].items[2].text}) and what was expected instead. Never the mapper's own
 * message, which names Java types and parser tokens.
 */
final class MappingProblem {

    private MappingProblem() {
    }

    static String describe(JsonMappingException e) {
        String at = at(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property \"" + unknown.getPropertyName() + "\"" + at;
        }
        if (e instanceof InvalidTypeIdException type) {
            boolean answer = AnswerSpec.class.equals(rawType(type));
            if (type.getTypeId() == null) {
                return (answer ? "An answer has no \"kind\"" : "An item has no \"type\"") + at;
            }
            return "Unknown " + (answer ? "answer kind" : "type") + " \"" + type.getTypeId() + "\"" + at;
        }
        if (e instanceof InvalidFormatException format) {
            return badValue(format, at);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Wrong value" + at + ": expected " + expected(mismatch.getTargetType()) + ", found "
                    + JsonPrescan.found(currentToken(mismatch));
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && isOurs(cause)) {
            // The model's own checks (e.g. an unknown comparison operator) speak in words already.
            return "Wrong value" + at + ": " + cause.getMessage();
        }
        return "Wrong value" + at + ": it cannot be read";
    }

    private static String badValue(InvalidFormatException e, String at) {
        Class<?> target = e.getTargetType();
        String value = e.getValue() == null ? "null" : "\"" + e.getValue() + "\"";
        if (Language.class.equals(target)) {
            return "Unknown language " + value + at + ": use " + or(Arrays.stream(Language.values())
                    .map(Language::code).toList());
        }
        if (target != null && target.isEnum()) {
            return "Unknown value " + value + at + ": use " + or(Arrays.stream(target.getEnumConstants())
                    .map(MappingProblem::jsonName).toList());
        }
        return "Wrong value" + at + ": expected " + expected(target) + ", found "
                + (e.getValue() instanceof String ? "the text " + value : value);
    }

    /** What a value of the model's type looks like in JSON. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == BigDecimal.class || type == BigInteger.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date as YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "another value";
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

    private static String or(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** " at version.sections[0].items[1]", or nothing when the problem is the file as a whole. */
    private static String at(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "" : " at " + path;
    }
}

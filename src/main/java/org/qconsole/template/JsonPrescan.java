package org.qconsole.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qconsole.template.model.TemplateJson;

/**
 * Reads a template file token by token before it is mapped to the model, so that what is wrong with the
 * file as JSON (syntax, depth, not one object) is told in words first: the mapping would otherwise stop
 * at the first thing it cannot map and never reach, say, a nesting that is too deep.
 */
final class JsonPrescan {

    /** No depth limit of its own: the scan counts depth itself to say where the limit was passed. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code -?\\d+\\)");

    private JsonPrescan() {
    }

    /** What keeps {@code json} from being read as one JSON object, if anything. */
    static Optional<String> problem(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return Optional.of("The file must hold one JSON object ({ … }), but it holds " + found(first));
            }
            int depth = 0;
            for (JsonToken token = first; token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > TemplateJson.MAX_NESTING) {
                    return Optional.of("The file nests JSON deeper than " + TemplateJson.MAX_NESTING + " levels"
                            + where(parser.currentLocation()));
                }
                if (token.isStructEnd() && --depth == 0) {
                    break;
                }
            }
            if (parser.nextToken() != null) {
                return Optional.of("The file holds more after the closing } of the template"
                        + where(parser.currentLocation()));
            }
            return Optional.empty();
        } catch (JsonEOFException e) {
            return Optional.of("The file ends before its JSON is complete: an object, a list or a text is not closed");
        } catch (StreamConstraintsException e) {
            return Optional.of("The file holds a value too long to read" + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            return Optional.of("The file is not valid JSON: " + reason(e) + where(e.getLocation()));
        } catch (IOException e) {
            return Optional.of("The file cannot be read as JSON");
        }
    }

    /** A JSON value's kind in words, by its first token. */
    static String found(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "an empty value";
            default -> "something else";
        };
    }

    /** The parser's reason, which is in words, without character codes and never naming its own types. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        message = CHARACTER_CODE.matcher(message).replaceAll("");
        if (message.isBlank() || message.contains("JsonToken") || message.contains("java.")) {
            return "the text cannot be read here";
        }
        String lower = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        return lower.length() > 200 ? lower.substring(0, 200) + "…" : lower;
    }

    static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

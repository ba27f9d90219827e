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
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

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
    static Optional<Phrase> problem(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return Optional.of(new Phrase("template.file.notOneObject", "{ … }", found(first)));
            }
            int depth = 0;
            for (JsonToken token = first; token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > TemplateJson.MAX_NESTING) {
                    return Optional.of(new Phrase("template.file.tooDeep", String.valueOf(TemplateJson.MAX_NESTING),
                            where(parser.currentLocation())));
                }
                if (token.isStructEnd() && --depth == 0) {
                    break;
                }
            }
            if (parser.nextToken() != null) {
                return Optional.of(new Phrase("template.file.more", "}", where(parser.currentLocation())));
            }
            return Optional.empty();
        } catch (JsonEOFException e) {
            return Optional.of(new Phrase("template.file.unfinished"));
        } catch (StreamConstraintsException e) {
            return Optional.of(new Phrase("template.file.valueTooLong", where(e.getLocation())));
        } catch (JsonProcessingException e) {
            return Optional.of(new Phrase("template.file.notJsonBecause", reason(e), where(e.getLocation())));
        } catch (IOException e) {
            return Optional.of(new Phrase("template.file.unreadable"));
        }
    }

    /** A JSON value's kind in words, by its first token. */
    static Phrase found(JsonToken token) {
        if (token == null) {
            return new Phrase("template.file.found.nothing");
        }
        return new Phrase(switch (token) {
            case START_ARRAY -> "template.file.found.list";
            case START_OBJECT -> "template.file.found.object";
            case VALUE_STRING -> "template.file.found.text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "template.file.found.number";
            case VALUE_TRUE, VALUE_FALSE -> "template.file.found.boolean";
            case VALUE_NULL -> "template.file.found.empty";
            default -> "template.file.found.other";
        });
    }

    /**
     * The parser's reason, without character codes and never naming its own types. Jackson words it in English
     * only; the line and column around it are in the reader's language.
     */
    private static Worded reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        message = CHARACTER_CODE.matcher(message).replaceAll("");
        if (message.isBlank() || message.contains("JsonToken") || message.contains("java.")) {
            return new Phrase("template.file.cannotReadHere");
        }
        String lower = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        String reason = lower.length() > 200 ? lower.substring(0, 200) + "…" : lower;
        return language -> reason;
    }

    /** " (line 2, column 5)" after a message, or nothing when the parser cannot say where. */
    static Worded where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return language -> "";
        }
        return Places.after(new Phrase("template.file.where", String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr())));
    }
}

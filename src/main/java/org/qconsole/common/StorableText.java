package org.qconsole.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * PostgreSQL stores no NUL character (U+0000) in {@code text} or {@code jsonb}: input holding one is
 * refused with a message before it reaches the database, instead of failing there.
 */
public final class StorableText {

    private StorableText() {
    }

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Whether any text or property name in the value holds a NUL character. */
    public static boolean hasNul(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isTextual()) {
            return hasNul(value.asText());
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            if (hasNul(names.next())) {
                return true;
            }
        }
        for (JsonNode child : value) {
            if (hasNul(child)) {
                return true;
            }
        }
        return false;
    }
}

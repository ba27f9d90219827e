package org.qconsole.common.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.JSONB;

/** JSON values (answers) to and from {@code jsonb} columns. */
public final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    public static JsonNode read(JSONB value) {
        try {
            return value == null ? null : JSON.readTree(value.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON value cannot be read", e);
        }
    }

    public static JSONB write(JsonNode value) {
        return value == null ? null : JSONB.valueOf(value.toString());
    }
}

package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One file listed in a "documents" answer, as the answer stores it: {@code {"id", "name", "type", "size",
 * "description"}}. The id names the stored file; name, type and size are what the console recorded at the
 * upload, the description is the respondent's.
 */
public record DocumentFile(UUID id, String name, String type, long size, String description) {

    /** Characters of a file name, as stored. */
    public static final int MAX_NAME_LENGTH = 255;
    /** Characters of a file's description. */
    public static final int MAX_DESCRIPTION_LENGTH = 2_000;

    public DocumentFile {
        description = description == null ? "" : description;
    }

    /** This file with another description. */
    public DocumentFile describedAs(String words) {
        return new DocumentFile(id, name, type, size, words == null ? "" : words.strip());
    }

    /** The file as one element of a stored answer (no description: none written). */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id.toString());
        json.put("name", name);
        json.put("type", type);
        json.put("size", size);
        if (!description.isEmpty()) {
            json.put("description", description);
        }
        return json;
    }

    /** The answer listing these files. */
    public static JsonNode toJson(List<DocumentFile> files) {
        var array = JsonNodeFactory.instance.arrayNode();
        files.forEach(f -> array.add(f.toJson()));
        return array;
    }

    /** The files a stored answer lists; empty when it is not a readable list of files. */
    public static Optional<List<DocumentFile>> read(JsonNode value) {
        if (value == null || !value.isArray()) {
            return Optional.empty();
        }
        List<DocumentFile> files = new ArrayList<>();
        for (JsonNode file : value) {
            Optional<DocumentFile> read = readOne(file);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            files.add(read.get());
        }
        return Optional.of(List.copyOf(files));
    }

    private static Optional<DocumentFile> readOne(JsonNode file) {
        if (!file.isObject() || !file.path("id").isTextual() || !file.path("name").isTextual()
                || !file.path("type").isTextual() || !file.path("size").canConvertToLong()
                || !(file.path("description").isMissingNode() || file.path("description").isTextual())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocumentFile(UUID.fromString(file.get("id").asText()), file.get("name").asText(),
                    file.get("type").asText(), file.get("size").asLong(), file.path("description").asText("")));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The file in words: its name, and its description in brackets when it has one. */
    public String inWords() {
        return description.isEmpty() ? name : name + " (" + description + ")";
    }
}

package org.qconsole.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A section type a running plugin provides, as the designer offers it.
 *
 * @param pluginVersion the version of the plugin providing it, recorded in templates designed with it
 */
public record SectionTypeInfo(String id, String pluginId, String pluginVersion, Map<String, String> displayNames,
        JsonNode defaultConfiguration, int answerFormat) {

    public SectionTypeInfo {
        displayNames = Map.copyOf(displayNames);
    }

    /** The name in a language (by code), English otherwise. */
    public String displayName(String language) {
        String name = displayNames.get(language);
        return name == null || name.isBlank() ? displayNames.getOrDefault("en", id) : name;
    }
}

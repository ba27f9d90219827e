package org.qconsole.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A section whose content a plugin provides (e.g. contact details): the plugin's id, the plugin
 * version it was designed with, and its configuration as the plugin defines it.
 */
public record PluginSection(String pluginId, String pluginVersion, JsonNode configuration) {
}

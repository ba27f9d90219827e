package org.qconsole.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.ui.GuardedInput;

/**
 * A section type as the console uses it: every call into the plugin is guarded, so that a plugin that
 * throws is marked failed and its sections become "temporarily unavailable" ({@link PluginUnavailable})
 * instead of breaking the page or the request. The plugin only ever receives copies of the
 * configuration and answer it is asked about.
 */
public final class GuardedSectionType {

    private final SectionPlugins plugins;
    private final SectionPlugins.Loaded loaded;

    GuardedSectionType(SectionPlugins plugins, SectionPlugins.Loaded loaded) {
        this.plugins = plugins;
        this.loaded = loaded;
    }

    public String id() {
        return loaded.id();
    }

    public String pluginId() {
        return loaded.pluginId();
    }

    public String pluginVersion() {
        return loaded.pluginVersion();
    }

    public int answerFormat() {
        return guard("reporting its answer format", () -> loaded.type().answerFormat());
    }

    public JsonNode migrateAnswer(JsonNode answer, int fromFormat) {
        return guard("migrating an answer", () -> loaded.type().migrateAnswer(copy(answer), fromFormat));
    }

    public List<Problem> checkConfiguration(JsonNode configuration) {
        return guard("checking a configuration", () -> List.copyOf(loaded.type().checkConfiguration(copy(configuration))));
    }

    /** The names shown in the designer, by language code. */
    public Map<String, String> displayNames() {
        return guard("naming itself", () -> Map.copyOf(loaded.type().displayNames()));
    }

    public JsonNode defaultConfiguration() {
        return guard("giving its default configuration", () -> copy(loaded.type().defaultConfiguration()));
    }

    public JsonInput configurationEditor(JsonNode configuration, SectionContext context) {
        return new GuardedInput(this::failed, guard("creating its configuration editor",
                () -> loaded.type().configurationEditor(copy(configuration), context)));
    }

    /** The fill-in of a section; read-only when {@code context} says so (the console also switches it). */
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new GuardedInput(this::failed, guard("rendering its fill-in",
                () -> loaded.type().fillIn(copy(configuration), context)));
    }

    public List<Problem> validate(JsonNode configuration, JsonNode answer) {
        return guard("validating an answer", () -> List.copyOf(loaded.type().validate(copy(configuration), copy(answer))));
    }

    public Completion completion(JsonNode configuration, JsonNode answer) {
        return guard("computing completion", () -> loaded.type().completion(copy(configuration), copy(answer)));
    }

    public List<ExportColumn> exportColumns(JsonNode configuration) {
        return guard("listing export columns", () -> List.copyOf(loaded.type().exportColumns(copy(configuration))));
    }

    public Map<String, String> exportCells(JsonNode configuration, JsonNode answer) {
        return guard("exporting an answer", () -> Map.copyOf(loaded.type().exportCells(copy(configuration), copy(answer))));
    }

    private static JsonNode copy(JsonNode value) {
        return value == null ? null : value.deepCopy();
    }

    private <T> T guard(String doing, Supplier<T> call) {
        return PluginCall.guard(doing, call, this::failed);
    }

    /** Switches the plugin off and tells the caller the section is unavailable. */
    private PluginUnavailable failed(String doing, Throwable e) {
        plugins.markFailed(loaded.pluginId(), "threw while " + doing + ": " + SectionPlugins.describe(e));
        return new PluginUnavailable("This section is temporarily unavailable.");
    }
}

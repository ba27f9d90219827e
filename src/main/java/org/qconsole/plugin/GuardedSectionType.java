package org.qconsole.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;

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
        return new GuardedInput(guard("creating its configuration editor",
                () -> loaded.type().configurationEditor(copy(configuration), context)));
    }

    /** The fill-in of a section; read-only when {@code context} says so (the console also switches it). */
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new GuardedInput(guard("rendering its fill-in",
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
        try {
            T result = call.get();
            if (result == null) {
                throw new IllegalStateException("returned nothing");
            }
            return result;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            plugins.markFailed(loaded.pluginId(), "threw while " + doing + ": " + SectionPlugins.describe(e));
            throw new PluginUnavailable("This section is temporarily unavailable.");
        }
    }

    /** The plugin's input, its every call guarded too. */
    private final class GuardedInput implements JsonInput {
        private final JsonInput input;
        private final Component component;

        GuardedInput(JsonInput input) {
            this.input = input;
            this.component = guard("rendering its input", input::component);
        }

        @Override
        public Component component() {
            return component;
        }

        @Override
        public JsonNode value() {
            try {
                JsonNode value = input.value();
                return value == null ? null : value.deepCopy();
            } catch (RuntimeException | LinkageError e) {
                plugins.markFailed(loaded.pluginId(), "threw while reading its input: " + SectionPlugins.describe(e));
                throw new PluginUnavailable("This section is temporarily unavailable.");
            }
        }

        @Override
        public void setValue(JsonNode value) {
            guard("showing a value", () -> {
                input.setValue(copy(value));
                return Boolean.TRUE;
            });
        }

        @Override
        public void addChangeListener(Runnable listener) {
            guard("registering a listener", () -> {
                input.addChangeListener(listener);
                return Boolean.TRUE;
            });
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            guard("switching to read-only", () -> {
                input.setReadOnly(readOnly);
                return Boolean.TRUE;
            });
        }
    }
}

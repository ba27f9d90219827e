package org.qconsole.plugin.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.qconsole.plugin.PluginCall;
import org.qconsole.plugin.api.JsonInput;

/**
 * A plugin's input with its every call guarded: a call that throws switches the plugin off and fails
 * with the exception {@code failed} makes of it (the section becomes "temporarily unavailable"). The
 * input only ever receives and hands out copies of values.
 */
public final class GuardedInput implements JsonInput {

    private final BiFunction<String, Throwable, RuntimeException> failed;
    private final JsonInput input;
    private final Component component;

    /**
     * @param failed called with what the plugin was doing and what it threw; returns the exception to throw
     */
    public GuardedInput(BiFunction<String, Throwable, RuntimeException> failed, JsonInput input) {
        this.failed = failed;
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
            throw failed.apply("reading its input", e);
        }
    }

    @Override
    public void setValue(JsonNode value) {
        guard("showing a value", () -> {
            input.setValue(value == null ? null : value.deepCopy());
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

    private <T> T guard(String doing, Supplier<T> call) {
        return PluginCall.guard(doing, call, failed);
    }
}

package org.qconsole.plugin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;

/**
 * An input whose value is a JSON value: a section's fill-in, or its configuration editor. The console
 * puts {@link #component()} on the page, sets and reads the value, and listens for changes. Extend
 * {@link AbstractJsonInput} rather than implementing this directly: it does the listeners, the quiet
 * {@link #setValue(JsonNode)} and the read-only switch for you.
 */
public interface JsonInput {

    /** What is shown; created once. */
    Component component();

    /** The current value, {@code null} when nothing is entered. */
    JsonNode value();

    /** Shows a value; {@code null} empties the input. Does not notify change listeners. */
    void setValue(JsonNode value);

    /** Called after each change the user makes (not after {@link #setValue(JsonNode)}). */
    void addChangeListener(Runnable listener);

    /** Read-only inputs show the value but cannot be changed. */
    void setReadOnly(boolean readOnly);
}

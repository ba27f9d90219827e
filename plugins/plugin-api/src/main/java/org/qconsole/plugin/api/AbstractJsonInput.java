package org.qconsole.plugin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The common part of a {@link JsonInput}: change listeners, quiet {@link #setValue(JsonNode)}, read-only
 * state and component ids. A subclass creates its fields with {@link #field(String, HasValue)}, shows a
 * value in {@link #show(JsonNode)} and builds one in {@link #value()}:
 *
 * <pre>{@code
 * final class NumberInput extends AbstractJsonInput {
 *     private final TextField number;
 *
 *     NumberInput(SectionContext context) {
 *         super(context);
 *         number = field("number", new TextField("National reference number"));
 *     }
 *     public Component component() { return number; }
 *     public JsonNode value() { ... {"number": number.getValue()} ... }
 *     protected void show(JsonNode value) { number.setValue(value == null ? "" : value.path("number").asText()); }
 * }
 * }</pre>
 */
public abstract class AbstractJsonInput implements JsonInput {

    private final SectionContext context;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private boolean showing;
    private boolean readOnly;

    /** An input for a section shown in {@code context}; read-only from the start when the context is. */
    protected AbstractJsonInput(SectionContext context) {
        this.context = context == null ? new SectionContext(null, null, false) : context;
        this.readOnly = this.context.readOnly();
    }

    /** Where the section is shown: its key, the reader's language, whether it is read-only. */
    protected final SectionContext context() {
        return context;
    }

    /**
     * Registers one of the input's fields: its id becomes {@code context().id(part)} ({@code part} null
     * leaves the id alone), each change of its value tells the console (except while {@link #show}
     * runs), and it follows the input's read-only state.
     *
     * @return the field, for assignment
     */
    protected final <F extends HasValue<?, ?>> F field(String part, F field) {
        if (part != null && field instanceof Component component) {
            component.setId(context.id(part));
        }
        field.addValueChangeListener(e -> changed());
        field.setReadOnly(readOnly);
        fields.add(field);
        return field;
    }

    /** Forgets a field registered with {@link #field} (e.g. of a removed row): it no longer follows read-only. */
    protected final void forget(HasValue<?, ?> field) {
        fields.remove(field);
    }

    /**
     * Tells the console the value changed, unless {@link #show} is running. Fields registered with
     * {@link #field} do so by themselves; call it for other changes (a row added or removed).
     */
    protected final void changed() {
        if (!showing) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Shows {@code value} ({@code null}: empty) in the fields; changes made here tell no listener. */
    protected abstract void show(JsonNode value);

    @Override
    public final void setValue(JsonNode value) {
        showing = true;
        try {
            show(value);
        } finally {
            showing = false;
        }
    }

    @Override
    public final void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Switches every registered field; override to switch other controls too (hide an "add" button), and
     * call {@code super.setReadOnly}.
     */
    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        fields.forEach(field -> field.setReadOnly(readOnly));
    }

    /** Whether the input is read-only now. */
    protected final boolean isReadOnly() {
        return readOnly;
    }
}

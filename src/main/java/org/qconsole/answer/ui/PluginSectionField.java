package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.model.Section;
import org.qconsole.model.Language;

/** A plugin section's input as the form uses answer fields, its answer stored under the section's key. */
final class PluginSectionField implements AnswerField {

    private final JsonInput input;
    private final GuardedSectionType type;
    private final JsonNode configuration;

    private PluginSectionField(JsonInput input, GuardedSectionType type, JsonNode configuration) {
        this.input = input;
        this.type = type;
        this.configuration = configuration;
    }

    /** The plugin's input; empty when the plugin is missing or fails (the stored answer is left as it is). */
    static Optional<PluginSectionField> of(Section section, SectionTypes types, String languageCode,
            boolean readOnly, Runnable onChange) {
        Optional<GuardedSectionType> type = types.find(section.plugin().pluginId());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonInput input = type.get().fillIn(section.plugin().configuration(),
                    new SectionContext(section.key(), languageCode, readOnly));
            input.addChangeListener(onChange::run);
            return Optional.of(new PluginSectionField(input, type.get(), section.plugin().configuration()));
        } catch (PluginUnavailable e) {
            return Optional.empty();
        }
    }

    /** The plugin's first problem with a value, or that the plugin is unavailable. */
    Optional<String> problem(JsonNode value) {
        try {
            return type.validate(configuration, value).stream().map(Problem::message).findFirst();
        } catch (PluginUnavailable e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The notice shown instead of a section whose plugin is unavailable. */
    static Component unavailable(String key, Language language) {
        Div notice = new Div();
        notice.setId("plugin-" + key);
        notice.addClassName("plugin-unavailable");
        notice.setText(FormWords.of(language, "answer.plugin.unavailable"));
        notice.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("color", "var(--lumo-secondary-text-color)");
        return notice;
    }

    @Override
    public Component component() {
        return input.component();
    }

    @Override
    public JsonNode value() {
        return input.value();
    }

    @Override
    public void setValue(JsonNode value) {
        input.setValue(value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** A section whose content a plugin provides: the section's own fields, then the plugin's configuration. */
class PluginSectionEditor extends SectionEditor {

    PluginSectionEditor(TemplateDefinition definition, Path path, DraftChange change, SectionTypeService types) {
        super("template.editor.plugin", definition, path, change);
        Section section = DraftEditor.section(definition, path);
        add(configuration(section.key(), section.plugin(), path, change, types));
    }

    /**
     * The plugin's own editor of its configuration; each change records the configuration and the plugin
     * version it was designed with. When the plugin is unavailable, the configuration is kept as it is.
     */
    private Component configuration(String sectionKey, PluginSection plugin, Path path, DraftChange change,
            SectionTypeService types) {
        Div box = new Div();
        box.setId("plugin-configuration");
        var found = types.type(plugin.pluginId());
        if (found.isEmpty()) {
            box.setText(getTranslation("template.plugin.unavailable", types.unavailableReason(plugin.pluginId())));
            return box;
        }
        var type = found.get();
        box.add(new Span(getTranslation("template.plugin.providedBy", type.pluginId(), type.pluginVersion(),
                plugin.pluginVersion())));
        try {
            SectionContext context = new SectionContext(sectionKey, "en", false);
            JsonInput editor = type.configurationEditor(plugin.configuration(), context);
            editor.addChangeListener(() -> change.apply(d -> {
                Section current = DraftEditor.section(d, path);
                return DraftEditor.replaceSection(d, path.section(), new Section(current.key(), current.number(),
                        current.title(), current.introduction(), current.footnotes(), current.items(),
                        new PluginSection(type.id(), type.pluginVersion(), editor.value())));
            }, false));
            box.add(editor.component());
        } catch (PluginUnavailable e) {
            box.add(new Span(e.getMessage()));
        }
        return box;
    }
}

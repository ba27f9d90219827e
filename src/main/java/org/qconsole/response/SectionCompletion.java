package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.api.Completion;
import org.qconsole.model.Section;

/** How much of a plugin section is answered, as its plugin says; empty when the plugin is unavailable. */
@FunctionalInterface
public interface SectionCompletion {

    /** For questionnaires without plugin sections, or where plugins cannot be asked. */
    SectionCompletion NONE = (section, answer) -> Optional.empty();

    Optional<Completion> of(Section section, JsonNode answer);

    /** Asks the installed plugins. */
    static SectionCompletion using(SectionTypeService sectionTypes) {
        return (section, answer) -> sectionTypes.type(section.plugin().pluginId()).flatMap(type -> {
            try {
                return Optional.of(type.completion(section.plugin().configuration(), answer));
            } catch (PluginUnavailable e) {
                return Optional.empty();
            }
        });
    }
}

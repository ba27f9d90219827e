package org.qconsole.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.qconsole.identity.Roles;
import org.qconsole.plugin.api.Problem;
import org.springframework.stereotype.Service;

/**
 * The section types of the installed plugins: what the designer offers, what templates and responses
 * use, and (for the secretariat) the state of each plugin.
 */
@Service
public class SectionTypeService {

    private final SectionPlugins plugins;

    SectionTypeService(SectionPlugins plugins) {
        this.plugins = plugins;
    }

    /** Every plugin JAR found, running or failed with the reason. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<InstalledPlugin> installed() {
        return plugins.installed();
    }

    /** The folder plugins are loaded from. */
    @RolesAllowed(Roles.SECRETARIAT)
    public String directory() {
        return plugins.directory().toString();
    }

    /** The section types that can be added to a questionnaire now. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<SectionTypeInfo> available() {
        return plugins.running().stream().flatMap(loaded -> info(loaded).stream()).toList();
    }

    /** A section type, when its plugin is installed and running. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public Optional<GuardedSectionType> type(String sectionTypeId) {
        return plugins.type(sectionTypeId).map(loaded -> new GuardedSectionType(plugins, loaded));
    }

    /** Why a section type cannot be used now (missing or failed plugin), for the secretariat's messages. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public String unavailableReason(String sectionTypeId) {
        return plugins.unavailableReason(sectionTypeId);
    }

    /**
     * What stands in the way of publishing a section of this type with this configuration: a missing or
     * failed plugin, or the plugin's own objections to the configuration.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<String> configurationProblems(String sectionTypeId, JsonNode configuration) {
        Optional<GuardedSectionType> type = type(sectionTypeId);
        if (type.isEmpty()) {
            return List.of(plugins.unavailableReason(sectionTypeId));
        }
        try {
            return type.get().checkConfiguration(configuration).stream().map(SectionTypeService::message).toList();
        } catch (PluginUnavailable e) {
            return List.of(plugins.unavailableReason(sectionTypeId));
        }
    }

    private Optional<SectionTypeInfo> info(SectionPlugins.Loaded loaded) {
        GuardedSectionType type = new GuardedSectionType(plugins, loaded);
        try {
            return Optional.of(new SectionTypeInfo(type.id(), loaded.pluginId(), loaded.pluginVersion(),
                    loaded.type().displayNames(), loaded.type().defaultConfiguration(), type.answerFormat()));
        } catch (RuntimeException | LinkageError e) {
            plugins.markFailed(loaded.pluginId(), "threw while describing itself: " + SectionPlugins.describe(e));
            return Optional.empty();
        }
    }

    private static String message(Problem problem) {
        return problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message();
    }
}

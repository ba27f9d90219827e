package org.qconsole.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.qconsole.identity.Roles;
import org.qconsole.plugin.api.Problem;
import org.springframework.stereotype.Service;

/**
 * The one registry of section types: what the designer offers, what templates, responses and the
 * console's own jobs use, and (for the secretariat) the state of each plugin. Every section type it
 * hands out is a {@link GuardedSectionType}; nothing else reaches a plugin.
 */
@Service
public class SectionTypeService {

    private final SectionPlugins plugins;

    SectionTypeService(SectionPlugins plugins) {
        this.plugins = plugins;
    }

    /** Every plugin JAR found: running, failed or refused, with the reason. */
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
        return plugins.running().stream().flatMap(type -> info(type).stream()).toList();
    }

    /**
     * A section type, when its plugin is installed and running. Open to everyone, the console's own
     * start-up jobs included (they run without a user): a section type holds no one's data.
     */
    @PermitAll
    public Optional<GuardedSectionType> type(String sectionTypeId) {
        return plugins.find(sectionTypeId);
    }

    /** The section types of the running plugins (for the console's own jobs, e.g. answer migration). */
    @PermitAll
    public List<GuardedSectionType> running() {
        return plugins.running();
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
        Optional<GuardedSectionType> type = plugins.find(sectionTypeId);
        if (type.isEmpty()) {
            return List.of(plugins.unavailableReason(sectionTypeId));
        }
        try {
            return type.get().checkConfiguration(configuration).stream().map(SectionTypeService::message).toList();
        } catch (PluginUnavailable e) {
            return List.of(plugins.unavailableReason(sectionTypeId));
        }
    }

    private static Optional<SectionTypeInfo> info(GuardedSectionType type) {
        try {
            return Optional.of(new SectionTypeInfo(type.id(), type.pluginId(), type.pluginVersion(),
                    type.displayNames(), type.defaultConfiguration(), type.answerFormat()));
        } catch (PluginUnavailable e) {
            return Optional.empty(); // marked failed by the guard
        }
    }

    private static String message(Problem problem) {
        return problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message();
    }
}

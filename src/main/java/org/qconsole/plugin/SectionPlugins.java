package org.qconsole.plugin;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.qconsole.plugin.api.SectionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The section plugins loaded from one folder, and what became of each: running with its section
 * types, or failed with the reason. Only {@link SectionTypeService} hands its section types out, each
 * wrapped in a {@link GuardedSectionType}: no other code calls a plugin. A plugin that throws while it
 * is used is marked failed ({@link #markFailed}) and not used again until the console restarts.
 */
final class SectionPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(SectionPlugins.class);

    private final Path directory;
    private final Map<String, InstalledPlugin> plugins = new ConcurrentHashMap<>();
    private final Map<String, Loaded> types = new ConcurrentHashMap<>();

    /**
     * A section type with the plugin it comes from; never leaves this package unguarded.
     *
     * @param id the type's id, as it gave it when loaded (asked once)
     */
    record Loaded(String id, SectionType type, String pluginId, String pluginVersion) {
    }

    private SectionPlugins(Path directory) {
        this.directory = directory;
    }

    /** Loads and starts every plugin JAR in the folder (none when it does not exist). */
    static SectionPlugins load(Path directory) {
        SectionPlugins loaded = new SectionPlugins(directory.toAbsolutePath().normalize());
        PluginLoader.load(loaded.directory, loaded.plugins, loaded.types);
        LOG.info("Section plugins in {}: {}", loaded.directory, loaded.installed());
        return loaded;
    }

    Path directory() {
        return directory;
    }

    /** Every plugin JAR found, by plugin id. */
    List<InstalledPlugin> installed() {
        return plugins.values().stream().sorted(Comparator.comparing(InstalledPlugin::id)).toList();
    }

    /** The section types of running plugins, by id, guarded. */
    List<GuardedSectionType> running() {
        return types.values().stream().filter(t -> isRunning(t.pluginId()))
                .sorted(Comparator.comparing(Loaded::id)).map(this::guarded).toList();
    }

    /** A running section type by id, guarded; empty when missing or failed. */
    Optional<GuardedSectionType> find(String sectionTypeId) {
        return Optional.ofNullable(types.get(sectionTypeId)).filter(t -> isRunning(t.pluginId())).map(this::guarded);
    }

    private GuardedSectionType guarded(Loaded loaded) {
        return new GuardedSectionType(this, loaded);
    }

    /** Why a section type cannot be used now: not installed, or its plugin failed. */
    String unavailableReason(String sectionTypeId) {
        Loaded loaded = types.get(sectionTypeId);
        if (loaded == null) {
            return "the plugin providing \"" + sectionTypeId + "\" is not installed";
        }
        InstalledPlugin plugin = plugins.get(loaded.pluginId());
        return "the plugin " + loaded.pluginId() + " failed: " + (plugin == null ? "" : plugin.reason());
    }

    /** A plugin threw while in use: it is not used again until the console restarts. */
    void markFailed(String pluginId, String reason) {
        plugins.computeIfPresent(pluginId, (id, plugin) -> plugin.state() == InstalledPlugin.State.FAILED ? plugin
                : new InstalledPlugin(id, plugin.version(), plugin.file(), InstalledPlugin.State.FAILED, reason,
                        plugin.sectionTypes()));
        LOG.error("Section plugin {} failed and is switched off: {}", pluginId, reason);
    }

    private boolean isRunning(String pluginId) {
        InstalledPlugin plugin = plugins.get(pluginId);
        return plugin != null && plugin.state() == InstalledPlugin.State.RUNNING;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}

package org.qconsole.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.qconsole.plugin.api.SectionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The section plugins loaded from one folder, and what became of each: running with its section
 * types, or failed with the reason. Nothing a plugin does at loading (a corrupt JAR, an exception in
 * its start, an extension that cannot be created) stops the console: the plugin is marked failed. A
 * plugin that later throws while it is used is marked failed too ({@link #markFailed}).
 */
public final class SectionPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(SectionPlugins.class);

    private final Path directory;
    private final Map<String, InstalledPlugin> plugins = new ConcurrentHashMap<>();
    private final Map<String, Loaded> types = new ConcurrentHashMap<>();

    /** A section type with the plugin it comes from. */
    public record Loaded(SectionType type, String pluginId, String pluginVersion) {
    }

    private SectionPlugins(Path directory) {
        this.directory = directory;
    }

    /** Loads and starts every plugin JAR in the folder (none when it does not exist). */
    public static SectionPlugins load(Path directory) {
        SectionPlugins loaded = new SectionPlugins(directory.toAbsolutePath().normalize());
        loaded.loadAll();
        return loaded;
    }

    public Path directory() {
        return directory;
    }

    /** Every plugin JAR found, by file name. */
    public List<InstalledPlugin> installed() {
        return plugins.values().stream().sorted(Comparator.comparing(InstalledPlugin::id)).toList();
    }

    /** The section types of running plugins, by id. */
    public List<Loaded> running() {
        return types.values().stream().filter(t -> isRunning(t.pluginId()))
                .sorted(Comparator.comparing(t -> t.type().id())).toList();
    }

    /** A running section type, every call into it guarded. */
    public GuardedSectionType guarded(Loaded loaded) {
        return new GuardedSectionType(this, loaded);
    }

    /** A running section type by id, guarded; empty when missing or failed (for the console's own jobs). */
    public Optional<GuardedSectionType> find(String sectionTypeId) {
        return type(sectionTypeId).map(this::guarded);
    }

    Optional<Loaded> type(String sectionTypeId) {
        return Optional.ofNullable(types.get(sectionTypeId)).filter(t -> isRunning(t.pluginId()));
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

    private void loadAll() {
        if (!Files.isDirectory(directory)) {
            LOG.info("No plugins folder at {}; no section plugins loaded", directory);
            return;
        }
        Map<Path, String> unreadable = new LinkedHashMap<>();
        DefaultPluginManager manager = new DefaultPluginManager(directory) {
            @Override
            protected PluginRepository createPluginRepository() {
                return new JarPluginRepository(getPluginsRoots()); // only *.jar: plugins/ also holds their sources
            }

            @Override
            protected PluginWrapper loadPluginFromPath(Path path) {
                try {
                    return super.loadPluginFromPath(path);
                } catch (RuntimeException | LinkageError e) {
                    unreadable.put(path, describe(e));
                    throw e;
                }
            }
        };
        try {
            manager.loadPlugins();
            manager.startPlugins();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Loading section plugins from {} failed", directory, e);
        }
        unreadable.forEach((path, reason) -> {
            String file = path.getFileName().toString();
            plugins.put(file, new InstalledPlugin(file, "", file, InstalledPlugin.State.FAILED,
                    "not a readable plugin JAR: " + reason, List.of()));
        });
        for (PluginWrapper wrapper : manager.getPlugins()) {
            register(manager, wrapper);
        }
        recordJarsNotLoaded();
        LOG.info("Section plugins in {}: {}", directory, installed());
    }

    private void register(DefaultPluginManager manager, PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        String version = wrapper.getDescriptor().getVersion();
        String file = wrapper.getPluginPath().getFileName().toString();
        if (!wrapper.getPluginState().isStarted()) {
            Throwable failure = wrapper.getFailedException();
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.FAILED,
                    failure == null ? "did not start (" + wrapper.getPluginState() + ")"
                            : "failed to start: " + describe(failure), List.of()));
            return;
        }
        List<String> provided = new ArrayList<>();
        try {
            for (SectionType type : manager.getExtensions(SectionType.class, id)) {
                String typeId = type.id();
                if (types.containsKey(typeId)) {
                    throw new IllegalStateException("the section type \"" + typeId + "\" is already provided by "
                            + types.get(typeId).pluginId());
                }
                type.displayNames(); // fails early for a type that cannot even name itself
                types.put(typeId, new Loaded(type, id, version));
                provided.add(typeId);
            }
            if (provided.isEmpty()) {
                throw new IllegalStateException("it provides no section type (no @Extension of SectionType)");
            }
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.RUNNING, "", provided));
        } catch (RuntimeException | LinkageError e) {
            provided.forEach(types::remove);
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.FAILED,
                    "its section types cannot be created: " + describe(e), List.of()));
        }
    }

    /** JARs PF4J skipped without an exception (e.g. no plugin id in the manifest). */
    private void recordJarsNotLoaded() {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> p.getFileName().toString().endsWith(".jar")).forEach(path -> {
                String file = path.getFileName().toString();
                boolean known = plugins.values().stream().anyMatch(p -> p.file().equals(file));
                if (!known) {
                    plugins.put(file, new InstalledPlugin(file, "", file, InstalledPlugin.State.FAILED,
                            "not loaded: the JAR names no plugin (Plugin-Id in its manifest)", List.of()));
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot list {}", directory, e);
        }
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

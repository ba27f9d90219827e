package org.qconsole.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.qconsole.plugin.api.PluginApi;
import org.qconsole.plugin.api.SectionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and starts the plugin JARs of one folder with PF4J, recording each plugin's outcome. Nothing a
 * plugin does here stops the console: a JAR that cannot be read, a plugin that requires another version
 * of the plugin API ({@code Plugin-Requires}, checked by PF4J against {@link PluginApi#version()}), a
 * {@code start()} that throws or an extension that cannot be created only marks that plugin.
 */
final class PluginLoader extends DefaultPluginManager {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private final Map<String, InstalledPlugin> plugins;
    private final Map<String, SectionPlugins.Loaded> types;
    private final Map<Path, String> unreadable = new LinkedHashMap<>();
    private final Map<String, String> refused = new HashMap<>();

    private PluginLoader(Path directory, Map<String, InstalledPlugin> plugins, Map<String, SectionPlugins.Loaded> types) {
        super(directory);
        this.plugins = plugins;
        this.types = types;
        setSystemVersion(PluginApi.version());
    }

    static void load(Path directory, Map<String, InstalledPlugin> plugins, Map<String, SectionPlugins.Loaded> types) {
        if (!Files.isDirectory(directory)) {
            LOG.info("No plugins folder at {}; no section plugins loaded", directory);
            return;
        }
        PluginLoader loader = new PluginLoader(directory, plugins, types);
        try {
            loader.loadPlugins();
            loader.startPlugins();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Loading section plugins from {} failed", directory, e);
        }
        loader.unreadable.forEach((path, reason) -> {
            String file = path.getFileName().toString();
            plugins.put(file, new InstalledPlugin(file, "", file, InstalledPlugin.State.FAILED,
                    "not a readable plugin JAR: " + reason, List.of()));
        });
        for (PluginWrapper wrapper : loader.getPlugins()) {
            loader.register(wrapper);
        }
        loader.recordJarsNotLoaded(directory);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new JarPluginRepository(getPluginsRoots()); // only *.jar files
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path path) {
        try {
            return super.loadPluginFromPath(path);
        } catch (RuntimeException | LinkageError e) {
            unreadable.put(path, SectionPlugins.describe(e));
            throw e;
        }
    }

    /** PF4J's check of {@code Plugin-Requires}, keeping the reason of a refusal for the Plugins page. */
    @Override
    protected boolean isPluginValid(PluginWrapper wrapper) {
        String requires = wrapper.getDescriptor().getRequires().trim();
        try {
            if (super.isPluginValid(wrapper)) {
                return true;
            }
            refused.put(wrapper.getPluginId(), "not compatible: it requires plugin API " + requires
                    + " (Plugin-Requires), this console provides " + PluginApi.version());
        } catch (RuntimeException e) {
            refused.put(wrapper.getPluginId(), "not compatible: its Plugin-Requires \"" + requires
                    + "\" is not a version range such as ^" + PluginApi.version());
        }
        return false;
    }

    private void register(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        String version = wrapper.getDescriptor().getVersion();
        String file = wrapper.getPluginPath().getFileName().toString();
        if (refused.containsKey(id)) {
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.REFUSED, refused.get(id),
                    List.of()));
            return;
        }
        if (!wrapper.getPluginState().isStarted()) {
            Throwable failure = wrapper.getFailedException();
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.FAILED,
                    failure == null ? "did not start (" + wrapper.getPluginState() + ")"
                            : "failed to start: " + SectionPlugins.describe(failure), List.of()));
            return;
        }
        List<String> provided = new ArrayList<>();
        try {
            for (SectionType type : getExtensions(SectionType.class, id)) {
                String typeId = type.id();
                if (types.containsKey(typeId)) {
                    throw new IllegalStateException("the section type \"" + typeId + "\" is already provided by "
                            + types.get(typeId).pluginId());
                }
                type.displayNames(); // fails early for a type that cannot even name itself
                types.put(typeId, new SectionPlugins.Loaded(typeId, type, id, version));
                provided.add(typeId);
            }
            if (provided.isEmpty()) {
                throw new IllegalStateException("it provides no section type (no @Extension of SectionType)");
            }
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.RUNNING, "", provided));
        } catch (RuntimeException | LinkageError e) {
            provided.forEach(types::remove);
            plugins.put(id, new InstalledPlugin(id, version, file, InstalledPlugin.State.FAILED,
                    "its section types cannot be created: " + SectionPlugins.describe(e), List.of()));
        }
    }

    /** JARs PF4J skipped without an exception (e.g. no plugin id in the manifest). */
    private void recordJarsNotLoaded(Path directory) {
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
}

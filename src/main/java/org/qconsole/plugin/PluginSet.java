package org.qconsole.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plugin JARs one console instance loaded, as instances compare them: each plugin's id, version and the
 * start of its file's SHA-256 (two builds of one version differ there). Whatever became of a JAR (running,
 * failed, refused) it is part of the set: another instance could load it differently.
 *
 * @param description the canonical text, e.g. "example-plugin 1.2.0 (sha256 3f2a9c01d4e5)", sorted by id;
 *        "no plugins" when the folder holds none
 */
public record PluginSet(String description) {

    private static final int DIGEST_CHARACTERS = 12;

    static PluginSet of(Path directory, List<InstalledPlugin> installed) {
        if (installed.isEmpty()) {
            return new PluginSet("no plugins");
        }
        return new PluginSet(installed.stream().sorted(Comparator.comparing(InstalledPlugin::file))
                .map(plugin -> describe(directory, plugin)).sorted().collect(Collectors.joining(", ")));
    }

    private static String describe(Path directory, InstalledPlugin plugin) {
        String version = plugin.version().isBlank() ? "" : " " + plugin.version();
        return plugin.id() + version + " (sha256 " + digest(directory.resolve(plugin.file())) + ")";
    }

    private static String digest(Path jar) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(jar),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, DIGEST_CHARACTERS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}

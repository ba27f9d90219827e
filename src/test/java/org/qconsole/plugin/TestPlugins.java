package org.qconsole.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin JARs in the test suite, as a plugin author's build would: compiles the sources against
 * the console's classpath (the plugin API, Vaadin, Jackson, PF4J) and writes the JAR with the PF4J
 * manifest and extension index.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /**
     * @param sources Java sources by fully qualified class name
     * @param pluginClass the PF4J Plugin class, or null
     * @param extensions the classes annotated {@code @Extension}
     */
    public static Path build(Path folder, String pluginId, String version, Map<String, String> sources,
            String pluginClass, List<String> extensions) {
        return build(folder, pluginId, version, null, sources, pluginClass, extensions);
    }

    /** @param requires the manifest's {@code Plugin-Requires} (the plugin API versions it runs on), or null */
    public static Path build(Path folder, String pluginId, String version, String requires, Map<String, String> sources,
            String pluginClass, List<String> extensions) {
        try {
            Path work = Files.createTempDirectory("plugin-" + pluginId);
            Path src = work.resolve("src");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> files = new ArrayList<>();
            for (var source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            compile(files, classes, false);
            Files.createDirectories(folder);
            Path jar = folder.resolve(pluginId + "-" + version + ".jar");
            write(jar, classes, pluginId, version, requires, pluginClass, extensions);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles with the test's own classpath; fails with javac's messages. With {@code processors}, PF4J's
     * annotation processor writes {@code META-INF/extensions.idx} as in a plugin author's build.
     */
    public static void compile(List<String> files, Path classes, boolean processors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
        if (!processors) {
            arguments.add("-proc:none");
        }
        arguments.addAll(files);
        var errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("The plugin did not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }

    /** Writes a plugin JAR of compiled classes; {@code extensions} null when the classes hold the index already. */
    public static void write(Path jar, Path classes, String pluginId, String version, String requires,
            String pluginClass, List<String> extensions) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", pluginId);
        main.putValue("Plugin-Version", version);
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        if (pluginClass != null) {
            main.putValue("Plugin-Class", pluginClass);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
            if (extensions != null) {
                jarOut.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                jarOut.write(String.join("\n", extensions).getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
    }

    /** The one registry over the plugins of a folder, as the console builds it (for pages shown in tests). */
    public static SectionTypeService registry(Path folder) {
        return new SectionTypeService(SectionPlugins.load(folder));
    }

    /**
     * A small section type, {@code id}: one text field, answer {@code {"text": "..."}}; {@code failIn} names
     * the method that throws ("fillIn", "validate", "completion") or is empty.
     */
    public static String noteType(String pkg, String className, String id, String failIn) {
        return """
                package %1$s;

                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.node.JsonNodeFactory;
                import com.vaadin.flow.component.Component;
                import com.vaadin.flow.component.html.Span;
                import com.vaadin.flow.component.textfield.TextField;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;
                import org.pf4j.Extension;
                import org.qconsole.plugin.api.*;

                @Extension
                public class %2$s implements SectionType {
                    private static void fail(String where) {
                        if (where.equals("%4$s")) {
                            throw new IllegalStateException("broken on purpose in " + where);
                        }
                    }
                    public String id() { return "%3$s"; }
                    public Map<String, String> displayNames() { return Map.of("en", "Note (%3$s)"); }
                    public JsonNode defaultConfiguration() { return JsonNodeFactory.instance.objectNode(); }
                    public List<Problem> checkConfiguration(JsonNode c) { return List.of(); }
                    public JsonInput configurationEditor(JsonNode c, SectionContext x) { return input(); }
                    public JsonInput fillIn(JsonNode c, SectionContext x) { fail("fillIn"); return input(); }
                    public Component readOnly(JsonNode c, JsonNode a, SectionContext x) {
                        return new Span(a == null ? "" : a.path("text").asText());
                    }
                    public List<Problem> validate(JsonNode c, JsonNode a) {
                        fail("validate");
                        return a != null && a.path("text").asText().contains("@") ? List.of(new Problem("text", "No @ here.")) : List.of();
                    }
                    public Completion completion(JsonNode c, JsonNode a) {
                        fail("completion");
                        return new Completion(a == null || a.path("text").asText().isBlank() ? 0 : 1, 1);
                    }
                    public List<ExportColumn> exportColumns(JsonNode c) { return List.of(new ExportColumn("text", "Note")); }
                    public Map<String, String> exportCells(JsonNode c, JsonNode a) {
                        return Map.of("text", a == null ? "" : a.path("text").asText());
                    }
                    private static JsonInput input() {
                        TextField field = new TextField("Note");
                        field.setId("note-field");
                        List<Runnable> listeners = new ArrayList<>();
                        field.addValueChangeListener(e -> { if (e.isFromClient()) listeners.forEach(Runnable::run); });
                        return new JsonInput() {
                            public Component component() { return field; }
                            public JsonNode value() {
                                return field.isEmpty() ? null : JsonNodeFactory.instance.objectNode().put("text", field.getValue());
                            }
                            public void setValue(JsonNode v) { field.setValue(v == null ? "" : v.path("text").asText()); }
                            public void addChangeListener(Runnable l) { listeners.add(l); }
                            public void setReadOnly(boolean r) { field.setReadOnly(r); }
                        };
                    }
                }
                """.formatted(pkg, className, id, failIn);
    }
}

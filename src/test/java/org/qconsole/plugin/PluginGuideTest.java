package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.SectionContext;

/**
 * Follows plugins/README.md, "Write your first section plugin", step by step: the class of step 3 is
 * compiled as the guide's project would compile it (PF4J's annotation processor indexing the extension),
 * packed with the manifest entries of step 2 (its Plugin-Requires included), dropped into a plugins folder,
 * and the console offers it: in French for a French reader, its ids from the section key.
 */
class PluginGuideTest {

    @TempDir
    Path work;

    @Test
    void theGuidesPluginCompilesLoadsAndIsOffered() throws IOException {
        String guide = Files.readString(Path.of("plugins/README.md"));
        String source = block(guide, "java");
        String pom = block(guide, "xml");
        String pluginId = element(pom, "Plugin-Id");
        String version = element(pom, "Plugin-Version");
        String requires = element(pom, "Plugin-Requires");
        Path file = work.resolve("src/org/example/reference/ReferenceNumberSection.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));

        TestPlugins.compile(List.of(file.toString()), classes, true);
        assertThat(classes.resolve("META-INF/extensions.idx")).content()
                .contains("org.example.reference.ReferenceNumberSection");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        TestPlugins.write(plugins.resolve(pluginId + "-" + version + ".jar"), classes, pluginId, version, requires,
                null, null);

        SectionPlugins loaded = SectionPlugins.load(plugins);

        assertThat(loaded.installed()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("reference-number");
            assertThat(p.state()).isEqualTo(InstalledPlugin.State.RUNNING);
        });
        GuardedSectionType type = loaded.find("reference-number").orElseThrow();
        var configuration = JsonNodeFactory.instance.objectNode().put("label", "File number");
        var answer = JsonNodeFactory.instance.objectNode().put("number", "MJ-2024/117");
        assertThat(type.checkConfiguration(configuration)).isEmpty();
        assertThat(type.checkConfiguration(JsonNodeFactory.instance.objectNode())).isNotEmpty();
        assertThat(type.completion(configuration, answer).complete()).isTrue();
        assertThat(type.exportCells(configuration, answer)).containsEntry("number", "MJ-2024/117");
        assertThat(type.displayNames()).containsEntry("fr", "Numéro de référence national");
        JsonInput fillIn = type.fillIn(configuration, new SectionContext("s7_ref", "fr", false));
        fillIn.setValue(answer);
        assertThat(fillIn.component().getId()).as("the id comes from the section key").hasValue("s7_ref-number");
        assertThat(fillIn.value()).isEqualTo(answer);
        JsonInput editor = type.configurationEditor(configuration, new SectionContext("s7_ref", "fr", false));
        assertThat(editor.component()).isInstanceOfSatisfying(TextField.class, field -> {
            assertThat(field.getLabel()).isEqualTo("Libellé du champ");
            assertThat(field.getValue()).isEqualTo("File number");
        });
        assertThat(type.fillIn(configuration, new SectionContext("s7_ref", "en", true)).component())
                .isInstanceOfSatisfying(TextField.class, field -> assertThat(field.isReadOnly()).isTrue());
    }

    private static String block(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find()).as("a " + language + " block in the guide").isTrue();
        return m.group(1);
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertThat(m.find()).as(name + " in the guide's pom").isTrue();
        return m.group(1).trim();
    }
}

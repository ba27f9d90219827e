package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.plugin.api.PluginApi;
import org.qconsole.plugin.api.SectionContext;

/** Loading plugins from a folder: what works runs, what does not is marked failed with its reason. */
class SectionPluginsTest {

    @TempDir
    Path folder;

    @Test
    void everyPluginJarInTheFolderIsLoadedWithItsSectionTypes() {
        note("good", "note", "");

        SectionPlugins plugins = SectionPlugins.load(folder);

        assertThat(plugins.installed()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("good");
            assertThat(p.version()).isEqualTo("1.0.0");
            assertThat(p.state()).isEqualTo(InstalledPlugin.State.RUNNING);
            assertThat(p.sectionTypes()).containsExactly("note");
        });
        GuardedSectionType note = plugins.running().get(0);
        assertThat(note.completion(JsonNodeFactory.instance.objectNode(), null).answered()).isZero();
    }

    @Test
    void aCorruptJarIsMarkedFailedAndTheOthersStillRun() throws IOException {
        note("good", "note", "");
        Files.write(folder.resolve("broken.jar"), new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, 4, 5, 6, 7});

        SectionPlugins plugins = SectionPlugins.load(folder);

        assertThat(plugins.installed()).extracting(InstalledPlugin::file, InstalledPlugin::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken.jar", InstalledPlugin.State.FAILED),
                org.assertj.core.groups.Tuple.tuple("good-1.0.0.jar", InstalledPlugin.State.RUNNING));
        assertThat(plugins.installed().get(0).reason()).startsWith("not a readable plugin JAR");
    }

    @Test
    void aPluginThatThrowsAtStartUpIsMarkedFailedWithTheReason() {
        TestPlugins.build(folder, "boom", "1.0.0", Map.of(
                "t.boom.Boom", """
                        package t.boom;
                        public class Boom extends org.pf4j.Plugin {
                            @Override public void start() { throw new IllegalStateException("no licence file"); }
                        }
                        """,
                "t.boom.BoomNote", TestPlugins.noteType("t.boom", "BoomNote", "boom-note", "")),
                "t.boom.Boom", List.of("t.boom.BoomNote"));

        SectionPlugins plugins = SectionPlugins.load(folder);

        assertThat(plugins.installed()).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(InstalledPlugin.State.FAILED);
            assertThat(p.reason()).isEqualTo("failed to start: IllegalStateException: no licence file");
        });
        assertThat(plugins.running()).isEmpty();
    }

    @Test
    void aPluginThatThrowsWhileRenderingIsSwitchedOffAndItsSectionsBecomeUnavailable() {
        note("fragile", "fragile-note", "fillIn");
        note("good", "note", "");
        SectionPlugins plugins = SectionPlugins.load(folder);
        GuardedSectionType fragile = plugins.find("fragile-note").orElseThrow();

        assertThatThrownBy(() -> fragile.fillIn(JsonNodeFactory.instance.objectNode(), new SectionContext("s1", "en", false)))
                .isInstanceOf(PluginUnavailable.class).hasMessage("This section is temporarily unavailable.");

        assertThat(plugins.find("fragile-note")).isEmpty();
        assertThat(plugins.unavailableReason("fragile-note")).isEqualTo("the plugin fragile failed: threw while"
                + " rendering its fill-in: IllegalStateException: broken on purpose in fillIn");
        assertThat(plugins.find("note")).as("other plugins are not affected").isPresent();
    }

    @Test
    void aPluginThatThrowsWhileValidatingIsSwitchedOffToo() {
        note("fragile", "fragile-note", "validate");
        SectionPlugins plugins = SectionPlugins.load(folder);
        GuardedSectionType fragile = plugins.find("fragile-note").orElseThrow();

        assertThatThrownBy(() -> fragile.validate(JsonNodeFactory.instance.objectNode(), null))
                .isInstanceOf(PluginUnavailable.class);

        assertThat(plugins.installed()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("threw while validating an answer: IllegalStateException: broken on purpose in validate"));
    }

    @Test
    void aPluginRequiringAnotherVersionOfTheApiIsRefusedWithTheReasonAndTheOthersRun() {
        note("good", "note", "", "^1.1.0");
        note("future", "future-note", "", ">=2.0.0");
        note("garbled", "garbled-note", "", "version two");

        SectionPlugins plugins = SectionPlugins.load(folder);

        assertThat(PluginApi.version()).isEqualTo("1.1.0");
        assertThat(plugins.installed()).extracting(InstalledPlugin::id, InstalledPlugin::state, InstalledPlugin::reason)
                .containsExactly(
                        tuple("future", InstalledPlugin.State.REFUSED, "not compatible: it requires plugin API >=2.0.0"
                                + " (Plugin-Requires), this console provides 1.1.0"),
                        tuple("garbled", InstalledPlugin.State.REFUSED, "not compatible: its Plugin-Requires"
                                + " \"version two\" is not a version range such as ^1.1.0"),
                        tuple("good", InstalledPlugin.State.RUNNING, ""));
        assertThat(plugins.find("future-note")).isEmpty();
        assertThat(plugins.running()).extracting(GuardedSectionType::id).containsExactly("note");
    }

    @Test
    void theApiVersionIsTheVersionOfThePluginsBuild() throws IOException {
        String pom = Files.readString(Path.of("plugins/pom.xml"));

        assertThat(pom).contains("<artifactId>plugins</artifactId>\n    <version>" + PluginApi.version() + "</version>");
    }

    @Test
    void noFolderMeansNoPlugins() {
        SectionPlugins plugins = SectionPlugins.load(folder.resolve("missing"));

        assertThat(plugins.installed()).isEmpty();
        assertThat(plugins.unavailableReason("contact-details"))
                .isEqualTo("the plugin providing \"contact-details\" is not installed");
    }

    private void note(String pluginId, String typeId, String failIn) {
        note(pluginId, typeId, failIn, null);
    }

    private void note(String pluginId, String typeId, String failIn, String requires) {
        String pkg = "t." + pluginId;
        TestPlugins.build(folder, pluginId, "1.0.0", requires, Map.of(pkg + ".Note", TestPlugins.noteType(pkg, "Note",
                typeId, failIn)), null, List.of(pkg + ".Note"));
    }
}

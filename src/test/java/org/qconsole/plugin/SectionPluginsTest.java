package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        GuardedSectionType note = plugins.guarded(plugins.running().get(0));
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
        GuardedSectionType fragile = plugins.guarded(plugins.type("fragile-note").orElseThrow());

        assertThatThrownBy(() -> fragile.fillIn(JsonNodeFactory.instance.objectNode(), "en"))
                .isInstanceOf(PluginUnavailable.class).hasMessage("This section is temporarily unavailable.");

        assertThat(plugins.type("fragile-note")).isEmpty();
        assertThat(plugins.unavailableReason("fragile-note")).isEqualTo("the plugin fragile failed: threw while"
                + " rendering its fill-in: IllegalStateException: broken on purpose in fillIn");
        assertThat(plugins.type("note")).as("other plugins are not affected").isPresent();
    }

    @Test
    void aPluginThatThrowsWhileValidatingIsSwitchedOffToo() {
        note("fragile", "fragile-note", "validate");
        SectionPlugins plugins = SectionPlugins.load(folder);
        GuardedSectionType fragile = plugins.guarded(plugins.type("fragile-note").orElseThrow());

        assertThatThrownBy(() -> fragile.validate(JsonNodeFactory.instance.objectNode(), null))
                .isInstanceOf(PluginUnavailable.class);

        assertThat(plugins.installed()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("threw while validating an answer: IllegalStateException: broken on purpose in validate"));
    }

    @Test
    void noFolderMeansNoPlugins() {
        SectionPlugins plugins = SectionPlugins.load(folder.resolve("missing"));

        assertThat(plugins.installed()).isEmpty();
        assertThat(plugins.unavailableReason("contact-details"))
                .isEqualTo("the plugin providing \"contact-details\" is not installed");
    }

    private void note(String pluginId, String typeId, String failIn) {
        String pkg = "t." + pluginId;
        TestPlugins.build(folder, pluginId, "1.0.0", Map.of(pkg + ".Note", TestPlugins.noteType(pkg, "Note", typeId,
                failIn)), null, List.of(pkg + ".Note"));
    }
}

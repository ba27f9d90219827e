package org.qconsole.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qconsole.jooq.Tables.RUNNING_INSTANCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.common.embedded.StartupProblem;
import org.qconsole.plugin.repository.RunningInstanceRepository;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Console instances on one database agree on their plugins: one that would run another set refuses to start
 * and says why, unless the instance with the other set has died. On the real database, beside the test
 * console's own registration.
 */
@ConsoleTest
class PluginSetAgreementTest {

    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    @Autowired
    PluginSetAgreement agreement;
    @Autowired
    RunningInstanceRepository instances;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void otherInstanceGone() {
        instances.leave(OTHER);
    }

    @Test
    void anInstanceWithOtherPluginsRefusesToStartNamingBothSets() {
        instances.register(OTHER, "console-b:8080 (process 4242)", new PluginSet("example-plugin 2.0.0 (sha256 0123456789ab)"));

        assertThatThrownBy(agreement::run).isInstanceOf(StartupProblem.class)
                .hasMessageContaining("This instance: " + agreement.plugins().description())
                .hasMessageContaining("console-b:8080 (process 4242)")
                .hasMessageContaining("runs example-plugin 2.0.0 (sha256 0123456789ab)")
                .extracting(e -> ((StartupProblem) e).action()).asString()
                .contains("stop every instance before changing plugins");
    }

    @Test
    void anInstanceWithTheSamePluginsStartsBesideIt() {
        instances.register(OTHER, "console-b:8080 (process 4242)", agreement.plugins());

        agreement.run();

        assertThat(instances.others(OTHER)).extracting(RunningInstance::plugins).contains(agreement.plugins());
    }

    @Test
    void anInstanceThatStoppedSayingItRunsIsForgotten() {
        instances.register(OTHER, "console-b:8080 (process 4242)", new PluginSet("example-plugin 2.0.0 (sha256 0123456789ab)"));
        dsl.update(RUNNING_INSTANCE).set(RUNNING_INSTANCE.SEEN_AT, DSL.field("now() - interval '31 seconds'",
                RUNNING_INSTANCE.SEEN_AT.getType())).where(RUNNING_INSTANCE.ID.eq(OTHER)).execute();

        agreement.run();

        assertThat(dsl.fetchCount(RUNNING_INSTANCE, RUNNING_INSTANCE.ID.eq(OTHER))).isZero();
    }

    @Test
    void anInstanceForgottenWhileItRanRegistersAgainWithItsNextSign() {
        agreement.run();
        dsl.deleteFrom(RUNNING_INSTANCE).where(RUNNING_INSTANCE.PLUGINS.eq(agreement.plugins().description())).execute();

        agreement.stillRunning();

        assertThat(dsl.fetchCount(RUNNING_INSTANCE, RUNNING_INSTANCE.PLUGINS.eq(agreement.plugins().description())))
                .isEqualTo(1);
    }

    @Test
    void twoBuildsOfOnePluginVersionAreDifferentSets(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("a.jar"), new byte[] {1, 2, 3});
        PluginSet first = PluginSet.of(folder, List.of(plugin("a.jar")));
        Files.write(folder.resolve("a.jar"), new byte[] {1, 2, 4});
        PluginSet rebuilt = PluginSet.of(folder, List.of(plugin("a.jar")));

        assertThat(first.description()).startsWith("example-plugin 1.0.0 (sha256 ");
        assertThat(rebuilt).isNotEqualTo(first);
        assertThat(PluginSet.of(folder, List.of()).description()).isEqualTo("no plugins");
    }

    private static InstalledPlugin plugin(String file) {
        return new InstalledPlugin("example-plugin", "1.0.0", file, InstalledPlugin.State.RUNNING, "", List.of("x"));
    }
}

package org.qconsole.common.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * The console with demo data starts every stage, in the stated order, and says so in its log. Its own
 * context (the marker property) so that the start-up runs while the output is captured.
 */
@SpringBootTest(properties = {"console.demo-data.enabled=true", "startup-order-test=fresh-context"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StartupOrderTest {

    @Autowired
    StartupSequence sequence;

    @Test
    void everyStageRunsOnceInTheStatedOrder(CapturedOutput output) {
        assertThat(sequence.stages()).containsExactly(StartupStage.values());

        List<String> lines = Arrays.stream(output.getOut().split("\n")).filter(l -> l.contains("Start-up: ")).toList();
        assertThat(lines).hasSize(StartupStage.values().length);
        assertThat(lines.get(0)).endsWith(
                "Start-up: database migrations and reference data done (Liquibase, before the context was ready)");
        for (int i = 0; i < StartupStage.READY_BANNER.ordinal(); i++) {
            assertThat(lines.get(i + 1)).containsPattern(
                    "Start-up: " + StartupStage.values()[i].label() + " done in \\d+ ms$");
        }
    }
}

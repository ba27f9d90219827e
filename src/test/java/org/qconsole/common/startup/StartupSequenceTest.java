package org.qconsole.common.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequence runs the steps it is given in the stages' order, once, holding the start-up lock, and refuses two
 * steps for one stage.
 */
class StartupSequenceTest {

    private final List<StartupStage> ran = new ArrayList<>();
    private boolean held;
    /** Records that the steps ran while the lock was held. */
    private final StartupLock lock = startup -> {
        held = true;
        startup.run();
        held = false;
    };

    @Test
    void stepsRunInTheStagesOrderWhateverOrderTheyComeIn() {
        StartupSequence sequence = new StartupSequence(List.of(step(StartupStage.READY_BANNER),
                step(StartupStage.DEMO_CAMPAIGN), step(StartupStage.PLUGIN_ANSWER_MIGRATION),
                step(StartupStage.DEMO_QUESTIONNAIRE)), lock);

        sequence.onReady();

        assertThat(ran).containsExactly(StartupStage.PLUGIN_ANSWER_MIGRATION, StartupStage.DEMO_QUESTIONNAIRE,
                StartupStage.DEMO_CAMPAIGN, StartupStage.READY_BANNER);
    }

    @Test
    void aSecondReadyEventRunsNothingAgain() {
        StartupSequence sequence = new StartupSequence(List.of(step(StartupStage.RECORDED_COMPLETION)), lock);

        sequence.onReady();
        sequence.onReady();

        assertThat(ran).containsExactly(StartupStage.RECORDED_COMPLETION);
    }

    @Test
    void twoStepsForOneStageAreRefused() {
        assertThatThrownBy(() -> new StartupSequence(List.of(step(StartupStage.DEMO_CAMPAIGN),
                step(StartupStage.DEMO_CAMPAIGN)), lock))
                .hasMessage("Two start-up steps claim the stage demo campaign");
    }

    private StartupStep step(StartupStage stage) {
        return new StartupStep() {
            @Override
            public StartupStage stage() {
                return stage;
            }

            @Override
            public void run() {
                assertThat(held).as("the start-up lock is held").isTrue();
                ran.add(stage);
            }
        };
    }
}

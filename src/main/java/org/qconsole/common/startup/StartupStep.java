package org.qconsole.common.startup;

/**
 * One stage of the start-up, carried out by the feature that owns it. A Spring bean implementing this is
 * run once by {@link StartupSequence}, in the order of {@link StartupStage}; a failing step stops the start.
 */
public interface StartupStep {

    /** Which stage this step carries out: it fixes when the step runs. */
    StartupStage stage();

    void run();
}

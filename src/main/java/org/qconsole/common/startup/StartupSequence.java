package org.qconsole.common.startup;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up, once the application is ready, as one visible sequence: the steps of the features in
 * the order of {@link StartupStage}, each logged as {@code Start-up: <stage> done in N ms}. The database
 * migrations and the reference data are not steps: Liquibase applies them earlier, while the context is
 * built, and the first log line says so.
 *
 * <p>Why one sequence instead of each feature listening to the ready event: the steps depend on each
 * other (the campaign needs the questionnaire; the banner must come last), and listener order numbers
 * spread over the features hid that order from anyone reading one of them.
 *
 * <p>Several instances on one database start one after the other ({@link StartupLock}), each step finding
 * what an earlier instance did.
 */
@Component
public class StartupSequence {

    private static final Logger log = LoggerFactory.getLogger(StartupSequence.class);

    private final List<StartupStep> steps;
    private final StartupLock lock;
    private final AtomicBoolean started = new AtomicBoolean();

    StartupSequence(List<StartupStep> steps, StartupLock lock) {
        this.steps = ordered(steps);
        this.lock = lock;
    }

    private static List<StartupStep> ordered(List<StartupStep> steps) {
        EnumSet<StartupStage> seen = EnumSet.noneOf(StartupStage.class);
        for (StartupStep step : steps) {
            if (!seen.add(step.stage())) {
                throw new IllegalStateException("Two start-up steps claim the stage " + step.stage().label());
            }
        }
        return steps.stream().sorted(Comparator.comparing(StartupStep::stage)).toList();
    }

    /** The stages this console runs, in order. */
    public List<StartupStage> stages() {
        return steps.stream().map(StartupStep::stage).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        // A parent context relays its children's ready events: the start-up runs once.
        if (started.compareAndSet(false, true)) {
            lock.whileHeld(this::run);
        }
    }

    private void run() {
        log.info("Start-up: database migrations and reference data done (Liquibase, before the context was ready)");
        for (StartupStep step : steps) {
            long begin = System.nanoTime();
            step.run();
            if (step.stage() != StartupStage.READY_BANNER) {
                log.info("Start-up: {} done in {} ms", step.stage().label(), (System.nanoTime() - begin) / 1_000_000);
            }
        }
    }
}

package org.qconsole.common.startup;

/**
 * Held by one console instance at a time for its whole start-up, across every instance on the same database:
 * so a step that checks before it acts (the demo data, the recorded completion, the plugin answer migration)
 * finds the work of an instance that started at the same moment done, instead of doing it a second time.
 */
@FunctionalInterface
public interface StartupLock {

    /** Runs the start-up once no other instance runs its own. */
    void whileHeld(Runnable startup);
}

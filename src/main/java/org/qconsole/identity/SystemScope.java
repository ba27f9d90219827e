package org.qconsole.identity;

import java.util.function.Supplier;

/**
 * Work the console does for itself, not for a signed-in user (demo data, scheduled jobs): it may touch
 * every country's data. Everything else is scoped to the user (see {@link DataScopeTransactionManager}).
 */
public final class SystemScope {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemScope() {
    }

    public static <T> T call(Supplier<T> work) {
        boolean before = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(before);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Guards an entry point meant only for the console's own work (start-up jobs, demo data): such a
     * method checks no user's role, so it must never run for a user.
     */
    public static void require() {
        if (!active()) {
            throw new IllegalStateException("Only the console's own work (SystemScope) may call this");
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}

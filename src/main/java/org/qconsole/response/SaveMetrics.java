package org.qconsole.response;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts and times answer saves by outcome ({@code console.answer.saves}: saved, conflict, invalid, failed).
 * The time ends when the transaction has completed, so it includes the durable commit the user waits for
 * before "All answers saved"; a save whose transaction rolled back counts as failed.
 */
@Component
class SaveMetrics {

    static final String NAME = "console.answer.saves";

    private final MeterRegistry registry;

    SaveMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs a save inside the caller's transaction and records it once that transaction completes. */
    SaveOutcome measure(Supplier<SaveOutcome> save) {
        Timer.Sample sample = Timer.start(registry);
        var outcome = new String[] {"failed"};
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                sample.stop(timer(status == STATUS_COMMITTED ? outcome[0] : "failed"));
            }
        });
        SaveOutcome result = save.get();
        outcome[0] = result instanceof SaveOutcome.Saved ? "saved"
                : result instanceof SaveOutcome.Conflict ? "conflict" : "invalid";
        return result;
    }

    private Timer timer(String outcome) {
        return Timer.builder(NAME).description("Answer saves, from the request to the committed transaction")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry);
    }
}

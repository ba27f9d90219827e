package org.qconsole.common.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two start-ups on one database, as two console instances started at the same moment would run them: the second
 * begins only once the first has finished, on the real PostgreSQL lock.
 */
@ConsoleTest
class StartupLockTest {

    @Autowired
    StartupLock lock;

    @Test
    void aSecondStartupWaitsUntilTheFirstHasFinished() throws Exception {
        var firstRunning = new CountDownLatch(1);
        var firstMayFinish = new CountDownLatch(1);
        var secondRan = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.whileHeld(() -> {
            firstRunning.countDown();
            await(firstMayFinish);
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lock.whileHeld(secondRan::countDown));
        assertThat(secondRan.await(1, TimeUnit.SECONDS)).as("the second start-up ran beside the first").isFalse();

        firstMayFinish.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(secondRan.await(10, TimeUnit.SECONDS)).as("the second start-up ran after the first").isTrue();
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aStartupThatFailsLetsTheNextOneRun() throws Exception {
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> lock.whileHeld(() -> {
            throw new IllegalStateException("a step failed");
        }));
        assertThat(failing).failsWithin(10, TimeUnit.SECONDS);

        var ran = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> lock.whileHeld(ran::countDown));
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

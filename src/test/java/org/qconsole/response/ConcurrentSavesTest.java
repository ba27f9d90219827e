package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two colleagues saving answers of one response at the same moment: the saves go one at a time, so the
 * completion recorded last counts both answers (the dashboard reads it), whatever order they commit in.
 */
@ConsoleTest
class ConcurrentSavesTest {

    @Autowired
    AnswerService answers;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService colleagues = Executors.newFixedThreadPool(2);
    private long sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "CONC").id();
        long campaign = assignments.create(new NewCampaign(version, "Concurrent saves", "",
                LocalDate.now().plusDays(10), Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.out();
    }

    @AfterEach
    void stop() {
        colleagues.shutdownNow();
    }

    @Test
    void aSaveWaitsForAColleaguesSaveInTheSameResponseAndRecordsCompletionWithIt() throws Exception {
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // The focal point's save of the one required question, its transaction held open until told.
        Future<?> focalPoint = colleagues.submit(() -> as("swe.focal", () ->
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    answers.save(sweden, "q1_used", TextNode.valueOf("yes"), 0);
                    firstSaved.countDown();
                    awaitQuietly(commit);
                })));
        assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
        Future<SaveOutcome> contributor = colleagues.submit(() -> as("swe.contributor", () ->
                answers.save(sweden, "q3_name", TextNode.valueOf("Police"), 0)));

        awaitASessionWaitingForALock();
        assertThat(contributor.isDone()).as("the second save waits for the first").isFalse();
        commit.countDown();
        focalPoint.get(30, TimeUnit.SECONDS);

        assertThat(contributor.get(30, TimeUnit.SECONDS)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(recordedCompletion()).as("recorded by the second save, with the first one's answer")
                .isEqualTo("1/1");
    }

    private <T> T as(String user, Callable<T> action) throws Exception {
        SignIn.as(users, user);
        try {
            return action.call();
        } finally {
            SignIn.out();
        }
    }

    private void as(String user, Runnable action) {
        SignIn.as(users, user);
        try {
            action.run();
        } finally {
            SignIn.out();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitASessionWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second save never waited for the first");
    }

    private String recordedCompletion() {
        return SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(
                "SELECT answered || '/' || required FROM response_progress WHERE assignment_id = ?", String.class,
                sweden)));
    }
}

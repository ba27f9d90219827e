package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL restarted while a user types (a real outage: the server is stopped and started again on
 * the same data directory and port): what was typed meanwhile stays in the form, is shown as not saved,
 * and is stored by the view's own retry within 10 s of the database being back, without the user doing
 * anything. A save attempt while the database is down fails fast instead of freezing the page.
 *
 * <p>Its own console and database, so that stopping the database disturbs no other test.
 */
@TestPropertySource(properties = "console.embedded.postgres.enabled=false")
@DirtiesContext
class DatabaseRestartViewTest extends ViewTest {

    private static final Path DATA = Path.of("target", "database-restart", "postgres").toAbsolutePath();
    private static final long RECOVERY_GOAL_MILLIS = 10_000;
    private static volatile EmbeddedPostgres database;
    private static int port;

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        try {
            FileUtils.deleteDirectory(DATA.toFile());
            database = server(0);
            port = database.getPort();
            prepare(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/questionnaires");
        registry.add("spring.datasource.username", () -> "qc_app");
        registry.add("spring.datasource.password", () -> "qc_app");
        registry.add("spring.liquibase.user", () -> "qc_owner");
        registry.add("spring.liquibase.password", () -> "qc_owner");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void answersTypedWhileTheDatabaseRestartsAreKeptShownNotSavedAndStoredOnceItIsBack() throws Exception {
        long sweden = sendToSweden();
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _setValue(name(), "Saved before the restart");
        assertThat(status().getText()).isEqualTo("All answers saved");

        database.close(); // pg_ctl stop -m fast, as an operator's restart does
        long firstAttempt = System.nanoTime();
        _setValue(details(), "Typed while the database was down");
        long blocked = millisSince(firstAttempt);
        long secondAttempt = System.nanoTime();
        _setValue(name(), "Changed while the database was down");
        long blockedAgain = millisSince(secondAttempt);

        assertThat(status().getText()).startsWith("Not saved: the connection to the database was lost");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("error");
        assertThat(details().getValue()).as("kept in the form").isEqualTo("Typed while the database was down");
        assertThat(name().getValue()).as("kept in the form").isEqualTo("Changed while the database was down");
        int pollMillis = UI.getCurrent().getPollInterval();
        assertThat(pollMillis).as("the page retries on its own, often enough").isBetween(1, 10_000);

        CompletableFuture<Long> back = CompletableFuture.supplyAsync(DatabaseRestartViewTest::restart);
        long stored = pollUntilSaved(firstAttempt, pollMillis, back);
        long recovery = TimeUnit.NANOSECONDS.toMillis(stored - back.get());
        System.out.printf("Database restart: a save attempt blocked the page %d ms and %d ms while the database was"
                + " down; stored %d ms after the database accepted connections again (poll every %d ms)%n",
                blocked, blockedAgain, recovery, pollMillis);

        assertThat(status().getText()).isEqualTo("All answers saved");
        SignIn.as(users, "swe.focal");
        var saved = answers.open(sweden).answers();
        assertThat(saved.get("q4_details").value().asText()).isEqualTo("Typed while the database was down");
        assertThat(saved.get("q3_name").value().asText()).isEqualTo("Changed while the database was down");
        assertThat(recovery).as("stored within %d ms of the database being back", RECOVERY_GOAL_MILLIS)
                .isLessThan(RECOVERY_GOAL_MILLIS);
        assertThat(Math.max(blocked, blockedAgain)).as("a save attempt with the database down fails fast, it does"
                + " not freeze the page").isLessThan(RECOVERY_GOAL_MILLIS);
    }

    /**
     * What the browser does: it polls every {@code pollMillis} from the first failure on, the view retries
     * on each poll, and the user does nothing. Returns when everything is saved (nanoTime).
     */
    private long pollUntilSaved(long firstFailure, int pollMillis, CompletableFuture<Long> back)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long nextPoll = firstFailure;
        Long savedAt = null;
        while (System.nanoTime() < deadline) {
            nextPoll += TimeUnit.MILLISECONDS.toNanos(pollMillis);
            long wait = nextPoll - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            UI ui = UI.getCurrent();
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            if (savedAt == null && "saved".equals(status().getElement().getAttribute("data-state"))) {
                savedAt = System.nanoTime();
            }
            if (savedAt != null && back.isDone()) {
                return savedAt;
            }
        }
        throw new AssertionError("Nothing saved within 120 s of the restart; status: " + status().getText());
    }

    /** Starts the database again on the same data directory and port; returns when it accepts connections. */
    private static long restart() {
        try {
            Thread.sleep(2_000); // down for a while, with the page polling meanwhile
            database = server(port);
            return System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres server(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(DATA)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        return (port > 0 ? builder.setPort(port) : builder).start();
    }

    /** The roles and database an operator prepares (see README.md "Production configuration"). */
    private static void prepare(EmbeddedPostgres server) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE qc_owner LOGIN NOSUPERUSER CREATEROLE PASSWORD 'qc_owner'");
            sql.execute("CREATE ROLE qc_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'qc_app'");
            sql.execute("CREATE DATABASE questionnaires OWNER qc_owner");
        } catch (SQLException e) {
            throw new IOException("Could not prepare the test's own PostgreSQL", e);
        }
    }

    private long sendToSweden() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "RESTART").id();
        long campaign = assignments.create(new NewCampaign(version, "Restart", "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        long id = assignments.assignments(campaign).get(0).id();
        SignIn.out();
        return id;
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    private static TextField name() {
        return _get(TextField.class, s -> s.withId("answer-q3_name"));
    }

    private static TextArea details() {
        return _get(TextArea.class, s -> s.withId("answer-q4_details"));
    }

    private static Span status() {
        return _get(Span.class, s -> s.withId("response-status"));
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.qconsole.support.PostgresProcesses;

/**
 * A console killed with SIGKILL in the middle of a burst of saves by several users, and its database
 * crashed right after: once PostgreSQL is back, every answer whose save the console acknowledged is
 * there, with its history row, and no answer is half written (a value without its history row).
 *
 * <p>The console runs in a child JVM ({@link SaveBurst}) as the run command runs it, with its own
 * embedded PostgreSQL on a data directory under target/, so this also proves that the run command's
 * database runs with durable settings.
 */
class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 300;
    private static final Pattern ACK = Pattern.compile("ACK (\\d+) (\\S+) (\\S+)-(\\d+) (\\d+) END");
    private static final Path WORK = Path.of("target", "crash-durability").toAbsolutePath();

    @Test
    void everyAcknowledgedAnswerSurvivesAKilledConsoleAndACrashedDatabase() throws Exception {
        Path data = WORK.resolve("postgres");
        FileUtils.deleteDirectory(WORK.toFile());
        Files.createDirectories(WORK);
        long started = System.nanoTime();
        Process console = startConsole(data);
        Output output = new Output(console);
        try {
            assertThat(awaitOrDeath(output.ready, console, 180)).as("the console started; its output:%n%s",
                    output.tail()).isTrue();
            long burst = System.nanoTime();
            assertThat(awaitOrDeath(output.enoughAcks, console, 120)).as("saves acknowledged; output:%n%s",
                    output.tail()).isTrue();
            console.destroyForcibly(); // SIGKILL: no shutdown hook, no pool close, no PostgreSQL stop
            long killed = System.nanoTime();
            PostgresProcesses.crash(data);
            System.out.printf("Crash durability: console up in %d ms, %d saves acknowledged in %d ms, then console"
                    + " and PostgreSQL killed (all of PostgreSQL gone %d ms later)%n", (burst - started) / 1_000_000,
                    output.acks.size(), (killed - burst) / 1_000_000, (System.nanoTime() - killed) / 1_000_000);
        } finally {
            console.destroyForcibly();
            console.waitFor(30, TimeUnit.SECONDS);
        }
        output.reader.join(30_000);
        assertThat(output.settings).as("the run command's PostgreSQL runs durably")
                .isEqualTo("SETTINGS fsync=on synchronous_commit=on full_page_writes=on");

        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
                Connection db = restarted.getDatabase("postgres", "questionnaires").getConnection()) {
            verify(db, output.acks, output.others);
        }
    }

    private static boolean awaitOrDeath(CountDownLatch latch, Process console, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (console.isAlive() && System.nanoTime() < deadline) {
            if (latch.await(1, TimeUnit.SECONDS)) {
                return true;
            }
        }
        return latch.getCount() == 0;
    }

    private static Process startConsole(Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire's class path ends with an empty entry, which would put the project folder (and its db/
        // beside target/classes/db/) on the console's class path.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
        // Quick start over peak speed (C1 only): the machine running the tests is small and busy.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                SaveBurst.class.getName(), data.toString());
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static void verify(Connection db, List<Ack> acks, List<String> others) throws SQLException {
        Map<String, Ack> latest = new HashMap<>();
        for (Ack ack : acks) {
            latest.merge(ack.assignment() + "/" + ack.key(), ack, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        List<String> lost = new ArrayList<>();
        int newerKept = 0;
        for (Ack ack : latest.values()) {
            Stored stored = stored(db, ack);
            if (stored == null || stored.revision() < ack.revision()
                    || stored.revision() == ack.revision() && !stored.value().equals(ack.value())
                    || !isLaterSaveOfTheSameWriter(stored.value(), ack)) {
                lost.add(ack + " but stored " + stored);
            } else if (stored.revision() > ack.revision()) {
                newerKept++;
            }
        }
        List<Ack> withoutHistory = acks.stream().filter(ack -> !hasHistory(db, ack)).toList();
        List<String> halfWritten = halfWritten(db, latest.values().stream().map(Ack::assignment).distinct().toList());
        System.out.printf("Crash durability: %d saves acknowledged (%d answers), %d lost, %d without history row,"
                + " %d half written; %d answers kept a later save that was not yet acknowledged%n", acks.size(),
                latest.size(), lost.size(), withoutHistory.size(), halfWritten.size(), newerKept);
        String failures = others.stream().limit(20).map(l -> l.substring(0, Math.min(300, l.length())))
                .collect(Collectors.joining("\n"));
        assertThat(acks).as("acknowledged saves").hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        assertThat(lost).as("acknowledged answers lost; other output:%n%s", failures).isEmpty();
        assertThat(withoutHistory).as("acknowledged saves without their history row").isEmpty();
        assertThat(halfWritten).as("answers whose revision does not match their history").isEmpty();
    }

    /** A later value of the same key can only come from the same writer, with a higher sequence number. */
    private static boolean isLaterSaveOfTheSameWriter(String value, Ack ack) {
        Matcher m = Pattern.compile("(\\S+)-(\\d+)").matcher(value);
        return m.matches() && m.group(1).equals(ack.writer()) && Integer.parseInt(m.group(2)) >= ack.sequence();
    }

    private static Stored stored(Connection db, Ack ack) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("SELECT value #>> '{}', revision FROM answer"
                + " WHERE assignment_id = ? AND question_key = ?")) {
            sql.setLong(1, ack.assignment());
            sql.setString(2, ack.key());
            try (ResultSet rs = sql.executeQuery()) {
                return rs.next() ? new Stored(rs.getString(1), rs.getInt(2)) : null;
            }
        }
    }

    private static boolean hasHistory(Connection db, Ack ack) {
        try (PreparedStatement sql = db.prepareStatement("SELECT 1 FROM answer_change WHERE assignment_id = ?"
                + " AND question_key = ? AND new_value #>> '{}' = ?")) {
            sql.setLong(1, ack.assignment());
            sql.setString(2, ack.key());
            sql.setString(3, ack.value());
            try (ResultSet rs = sql.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every save writes the answer and its history row in one transaction: revision n means n history rows. */
    private static List<String> halfWritten(Connection db, List<Long> assignments) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (PreparedStatement sql = db.prepareStatement("""
                SELECT a.assignment_id, a.question_key, a.revision, count(c.id),
                       a.value = (array_agg(c.new_value ORDER BY c.id DESC))[1]
                FROM answer a LEFT JOIN answer_change c
                  ON c.assignment_id = a.assignment_id AND c.question_key = a.question_key
                WHERE a.assignment_id = ANY (?)
                GROUP BY a.assignment_id, a.question_key, a.revision, a.value""")) {
            sql.setArray(1, db.createArrayOf("bigint", assignments.toArray()));
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(3) != rs.getInt(4) || !rs.getBoolean(5)) {
                        broken.add(rs.getLong(1) + "/" + rs.getString(2) + ": revision " + rs.getInt(3) + ", "
                                + rs.getInt(4) + " history rows, last one matches: " + rs.getBoolean(5));
                    }
                }
            }
        }
        return broken;
    }

    private record Ack(long assignment, String key, String writer, int sequence, int revision) {
        String value() {
            return writer + "-" + sequence;
        }
    }

    private record Stored(String value, int revision) {
    }

    /** Reads the console's standard output as it comes, until the console is gone. */
    private static final class Output {
        final List<Ack> acks = new CopyOnWriteArrayList<>();
        final List<String> others = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch enoughAcks = new CountDownLatch(ACKS_BEFORE_KILL);
        volatile String settings;
        final Thread reader;

        private final Path log = WORK.resolve("console.log");

        Output(Process console) {
            reader = new Thread(() -> read(console), "console-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The console's last words (log lines go to standard output too), cut short. */
        String tail() {
            return others.stream().skip(Math.max(0, others.size() - 15))
                    .map(l -> l.substring(0, Math.min(400, l.length()))).collect(Collectors.joining("\n"));
        }

        private void read(Process console) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(console.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    // A line cut by the kill has no END: it was not acknowledged as far as anyone can know.
                    Matcher ack = ACK.matcher(line);
                    if (ack.matches()) {
                        acks.add(new Ack(Long.parseLong(ack.group(1)), ack.group(2), ack.group(3),
                                Integer.parseInt(ack.group(4)), Integer.parseInt(ack.group(5))));
                        enoughAcks.countDown();
                    } else if (line.startsWith("SETTINGS")) {
                        settings = line;
                    } else if (line.equals("READY")) {
                        ready.countDown();
                    } else {
                        Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND);
                        if (others.size() < 1000) {
                            others.add(line);
                        }
                    }
                }
            } catch (IOException e) {
                others.add("reading the console's output failed: " + e);
            }
        }
    }
}

package org.qconsole.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many users at once on a running console, through its real HTTP path: N country sessions ({@link LoadSession},
 * browserless clients of Vaadin's protocol) sign in through Keycloak, open their own response (campaigns
 * "Load benchmark k" of the demo questionnaire, sent to the five demo countries, created at the start with SQL
 * as the owner role) and change a long-text answer every few seconds; after a warm-up it measures the time
 * from sending an answer change to the answer that says "All answers saved", counts every other outcome as an
 * error, and samples the console's CPU, resident memory and heap. It prints; it asserts nothing.
 *
 * <p>{@code ./mvnw -B -o -q exec:java -Dbenchmark=org.qconsole.benchmark.LoadBenchmark
 * -Dexec.args="50 60 jdbc:postgresql://localhost:<port>/questionnaires"} (sessions, measured seconds, the
 * console's database: the port is in the run command's ready banner; a fourth argument names another console
 * address). {@code -Dwarmup=15} seconds of warm-up, {@code -Dinterval=3000} ms between a session's changes
 * (±1/3, at random).
 */
public final class LoadBenchmark {

    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";
    private static final String SECTION = "s1_general";
    private static final String QUESTION = "q2_useful_icts";
    private static final List<String> COUNTRIES = List.of("SWE", "FRA", "KEN", "BRA", "JPN");
    private static final long PAUSE_MILLIS = 500;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String jdbcUrl = args.length > 2 ? args[2] : "jdbc:postgresql://localhost:5432/questionnaires";
        String console = args.length > 3 ? args[3] : "http://localhost:8080";
        int warmup = Integer.getInteger("warmup", 15);
        int interval = Integer.getInteger("interval", 3000);
        ConsoleProcess process = ConsoleProcess.listeningOn(URI.create(console).getPort());
        ProcessCpu postgres = ProcessCpu.withPostgresOnPort(port(jdbcUrl));

        List<LoadSession> users = sessions(sessions, console, assignments(jdbcUrl, sessions));
        ExecutorService opening = Executors.newFixedThreadPool(4);
        List<Long> openMillis = Collections.synchronizedList(new ArrayList<>());
        for (Future<?> opened : opening.invokeAll(users.stream().map(user -> (Callable<Void>) () -> {
            long started = System.nanoTime();
            user.open();
            openMillis.add((System.nanoTime() - started) / 1_000_000);
            return null;
        }).toList())) {
            opened.get();
        }
        opening.shutdown();
        Collections.sort(openMillis);
        System.out.printf("load: %d sessions signed in and opened their response (median %d ms, max %d ms)%n",
                sessions, openMillis.get(openMillis.size() / 2), openMillis.get(openMillis.size() - 1));

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<LoadSession.Change> changes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (LoadSession user : users) {
            Thread thread = new Thread(() -> typeUntil(user, end, interval, changes), "load-" + threads.size());
            thread.start();
            threads.add(thread);
        }
        Monitor monitor = new Monitor(process, postgres);
        monitor.sleepUntil(measureFrom);
        monitor.begin();
        while (System.nanoTime() < end) {
            monitor.sample();
            monitor.sleepUntil(Math.min(end, System.nanoTime() + 5_000_000_000L));
        }
        monitor.finish();
        for (Thread thread : threads) {
            thread.join();
        }
        report(sessions, seconds, warmup, interval, measured(changes, measureFrom, end), monitor);
        Map<String, Long> warmupErrors = new TreeMap<>();
        changes.stream().filter(c -> !c.saved() && c.sentNanos() < measureFrom)
                .forEach(c -> warmupErrors.merge(c.failure(), 1L, Long::sum));
        System.out.printf("during the warm-up: %d errors %s; messages sent again after a failed request (whole"
                + " run): %d%n", warmupErrors.values().stream().mapToLong(Long::longValue).sum(), warmupErrors,
                users.stream().mapToInt(LoadSession::resends).sum());
        long open = process.liveHeapKb();
        long signedOut = users.stream().parallel().filter(LoadSession::signOut).count();
        long after = process.liveHeapKb();
        System.out.printf("live heap (after full GCs): %d MB with the sessions open, %d MB after %d of %d signed out"
                + " (%d KB per session)%n", open / 1024, after / 1024, signedOut, sessions, (open - after) / sessions);
    }

    /** Changes the answer every interval ±1/3 (the first after a random part of it) until the end. */
    private static void typeUntil(LoadSession user, long end, int interval, List<LoadSession.Change> changes) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(interval));
            for (int number = 1; System.nanoTime() < end; number++) {
                long next = System.nanoTime() + (interval + ThreadLocalRandom.current().nextLong(-interval / 3,
                        interval / 3 + 1)) * 1_000_000L;
                changes.add(user.change(number, PAUSE_MILLIS));
                long wait = (next - System.nanoTime()) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<LoadSession.Change> measured(List<LoadSession.Change> changes, long from, long end) {
        synchronized (changes) {
            return changes.stream().filter(c -> c.sentNanos() >= from && c.sentNanos() < end).toList();
        }
    }

    private static void report(int sessions, int seconds, int warmup, int interval, List<LoadSession.Change> changes,
            Monitor monitor) {
        List<Double> times = new ArrayList<>(changes.stream().filter(LoadSession.Change::saved)
                .map(LoadSession.Change::millis).toList());
        Collections.sort(times);
        Map<String, Integer> errors = new TreeMap<>();
        changes.stream().filter(c -> !c.saved()).forEach(c -> errors.merge(c.failure(), 1, Integer::sum));
        System.out.printf("load: %d sessions, a change every %d ms ±1/3 each, %d s measured after %d s warm-up%n",
                sessions, interval, seconds, warmup);
        if (times.isEmpty()) {
            System.out.println("answer to saved: no change was saved");
        } else {
            System.out.printf("answer to saved: %d saves (%.1f/s), p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    times.size(), times.size() / (double) seconds, percentile(times, 50), percentile(times, 95),
                    percentile(times, 99), times.get(times.size() - 1));
        }
        System.out.printf("errors: %d%n", errors.values().stream().mapToInt(Integer::intValue).sum());
        errors.forEach((failure, count) -> System.out.printf("  %d × %s%n", count, failure));
        monitor.print();
    }

    static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Session i types into campaign i / 5's response of country i % 5, as its focal point or contributor. */
    private static List<LoadSession> sessions(int count, String console, List<Long> assignments) {
        List<LoadSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String country = COUNTRIES.get(i % COUNTRIES.size()).toLowerCase();
            String user = country + ((i / COUNTRIES.size()) % 2 == 0 ? ".focal" : ".contributor");
            sessions.add(new LoadSession(console, user, assignments.get(i), SECTION, QUESTION));
        }
        return sessions;
    }

    /** One response each: campaigns of the demo questionnaire, each sent to the five demo countries. */
    private static List<Long> assignments(String jdbcUrl, int count) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "qc_owner", "qc_owner")) {
            db.setAutoCommit(false);
            List<Long> assignments = BenchmarkCampaigns.onePerSession(db, DEMO, "Load benchmark", "CU 2026/LOAD/",
                    COUNTRIES, count);
            db.commit();
            return assignments;
        }
    }

    private static int port(String jdbcUrl) {
        Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
        return port.find() ? Integer.parseInt(port.group(1)) : 5432;
    }

    /** The console's CPU and memory, PostgreSQL's and this JVM's CPU, and the whole machine's, while measuring. */
    private static final class Monitor {
        private final ConsoleProcess console;
        private final ProcessCpu postgres;
        private final List<Long> heapKb = new ArrayList<>();
        private final List<Long> residentKb = new ArrayList<>();
        private double consoleCpu;
        private double postgresCpu;
        private double benchmarkCpu;
        private long[] machine;
        private long began;
        private double elapsed;
        private String loadBefore;
        private String loadAfter;

        Monitor(ConsoleProcess console, ProcessCpu postgres) {
            this.console = console;
            this.postgres = postgres;
        }

        void begin() throws IOException {
            loadBefore = loadAverage();
            began = System.nanoTime();
            consoleCpu = console.cpuSeconds();
            postgresCpu = postgres.postgresSeconds();
            benchmarkCpu = postgres.jvmSeconds();
            machine = machineTicks();
        }

        void sample() throws IOException, InterruptedException {
            heapKb.add(console.heapUsedKb());
            residentKb.add(console.residentKb());
        }

        void finish() throws IOException {
            elapsed = (System.nanoTime() - began) / 1e9;
            consoleCpu = console.cpuSeconds() - consoleCpu;
            postgresCpu = postgres.postgresSeconds() - postgresCpu;
            benchmarkCpu = postgres.jvmSeconds() - benchmarkCpu;
            long[] now = machineTicks();
            machine = new long[] {now[0] - machine[0], now[1] - machine[1]};
            loadAfter = loadAverage();
        }

        void sleepUntil(long nanos) throws InterruptedException {
            long millis = (nanos - System.nanoTime()) / 1_000_000;
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }

        void print() {
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("console (pid %d): CPU %.2f cores (%.0f%% of %d), heap used %d–%d MB (sampled every 5 s,"
                    + " garbage included), resident %d–%d MB%n", console.pid(), consoleCpu / elapsed,
                    100 * consoleCpu / elapsed / cores, cores, Collections.min(heapKb) / 1024,
                    Collections.max(heapKb) / 1024, Collections.min(residentKb) / 1024,
                    Collections.max(residentKb) / 1024);
            System.out.printf("PostgreSQL: CPU %.3f cores%s; this benchmark's JVM: %.2f cores%n", postgresCpu / elapsed,
                    postgres.postgresFound() ? "" : " (not found)", benchmarkCpu / elapsed);
            System.out.printf("machine: %.0f%% busy (all processes, %d cores); load average %s before, %s after%n",
                    100.0 * machine[0] / machine[1], cores, loadBefore, loadAfter);
        }

        /** Busy and total CPU ticks of the whole machine, from the first line of /proc/stat. */
        private static long[] machineTicks() throws IOException {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle, iowait
            return new long[] {total - idle, total};
        }

        private static String loadAverage() throws IOException {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        }
    }
}

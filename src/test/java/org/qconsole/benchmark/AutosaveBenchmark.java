package org.qconsole.benchmark;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Autosave throughput: answer saves per second with 50 concurrent writers through the service layer
 * (security, revision check, audit row, row-level security, the console's connection pool), next to
 * pgbench's single-row upsert rate on the same embedded PostgreSQL in the same run, the two taken in
 * alternating windows so that both see the same load on a shared machine.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.args=20} (optional argument: seconds to measure
 * each side, default 20). pgbench is looked up on the PATH and in /usr/lib/postgresql/*&#47;bin (Debian's
 * postgresql-client); without it only the service numbers are printed.
 */
public final class AutosaveBenchmark {

    private static final int WRITERS = 50;
    /** Service and pgbench windows taken in turn. */
    private static final int ROUNDS = 4;
    private static final String[] COUNTRIES = {"swe", "fra", "ken", "bra", "jpn"};

    private AutosaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SpringApplication application = new SpringApplication(QuestionnaireConsoleApplication.class);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--console.demo-data.enabled=false",
                "--server.port=0")) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            int pool = context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size",
                    Integer.class, 10);
            List<Writer> writers = prepare(context);
            run(writers, Duration.ofSeconds(5)); // warm-up: JIT, pool, caches
            writers.forEach(Writer::reset);
            // The machine may be shared: service and pgbench windows alternate, so both see the same load.
            int window = Math.max(1, seconds / ROUNDS);
            double serviceSeconds = 0;
            double jvmCpu = 0;
            double postgresCpu = 0;
            ProcessCpu cpu = ProcessCpu.withPostgresOnPort(port(url));
            List<Double> pgbenchRates = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                double jvmBefore = cpu.jvmSeconds();
                double postgresBefore = cpu.postgresSeconds();
                serviceSeconds += timed(writers, Duration.ofSeconds(window));
                jvmCpu += cpu.jvmSeconds() - jvmBefore;
                postgresCpu += cpu.postgresSeconds() - postgresBefore;
                pgbench(url, window).ifPresent(pgbenchRates::add);
            }
            Result service = result(writers, serviceSeconds);
            long saves = service.latencies().length;
            System.out.printf(Locale.ROOT, "%nCPU per save: console JVM %.2f ms, PostgreSQL %s (%.1f of %d cores busy)%n",
                    jvmCpu * 1000 / saves, cpu.postgresFound() ? String.format(Locale.ROOT, "%.2f ms",
                            postgresCpu * 1000 / saves) : "not found", (jvmCpu + postgresCpu) / serviceSeconds,
                    Runtime.getRuntime().availableProcessors());
            Optional<Double> pgbench = pgbenchRates.isEmpty() ? Optional.empty()
                    : Optional.of(pgbenchRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            print(service, pgbench, window * ROUNDS, pool);
        }
        System.exit(0);
    }

    /** Ten campaigns to the five demo countries: each writer owns one response, as a user of its country. */
    private static List<Writer> prepare(ConfigurableApplicationContext context) {
        ConsoleOidcUserService users = context.getBean(ConsoleOidcUserService.class);
        TemplateService templates = context.getBean(TemplateService.class);
        AssignmentService assignments = context.getBean(AssignmentService.class);
        AnswerService answers = context.getBean(AnswerService.class);
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "BENCH").id();
        List<Writer> writers = new ArrayList<>();
        for (int campaign = 0; writers.size() < WRITERS; campaign++) {
            long id = assignments.create(new NewCampaign(version, "Benchmark " + campaign, "",
                    LocalDate.now().plusDays(30), Set.of("SWE", "FRA", "KEN", "BRA", "JPN"))).id();
            for (Assignment a : assignments.assignments(id)) {
                String user = a.country().alpha3().toLowerCase(Locale.ROOT) + (writers.size() % 2 == 0
                        ? ".focal" : ".contributor");
                writers.add(new Writer(users, answers, user, a.id()));
            }
        }
        SignIn.out();
        return writers.subList(0, WRITERS);
    }

    /** Runs the writers for a while; the seconds they ran. */
    private static double timed(List<Writer> writers, Duration duration) throws InterruptedException {
        long started = System.nanoTime();
        run(writers, duration);
        return (System.nanoTime() - started) / 1e9;
    }

    private static Result result(List<Writer> writers, double seconds) {
        long[] latencies = writers.stream().flatMapToLong(w -> Arrays.stream(w.latencies())).sorted().toArray();
        long failed = writers.stream().mapToLong(w -> w.failed).sum();
        return new Result(latencies.length / seconds, latencies, failed);
    }

    private static void run(List<Writer> writers, Duration duration) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(writers.size());
        for (Writer writer : writers) {
            new Thread(() -> {
                try {
                    writer.writeUntil(stop);
                } finally {
                    done.countDown();
                }
            }, "writer").start();
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        done.await();
    }

    private static int port(String jdbcUrl) {
        Matcher url = Pattern.compile("jdbc:postgresql://[^:/]+:(\\d+)/").matcher(jdbcUrl);
        return url.find() ? Integer.parseInt(url.group(1)) : 5432;
    }

    /** pgbench with 50 clients upserting single rows into a table of its own on the same server. */
    private static Optional<Double> pgbench(String jdbcUrl, int seconds) throws IOException, InterruptedException,
            SQLException {
        Optional<Path> binary = PostgresTools.find("pgbench");
        if (binary.isEmpty()) {
            System.out.println("pgbench not found (install Debian's postgresql-client); service numbers only.");
            return Optional.empty();
        }
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
        if (!url.find()) {
            throw new IllegalStateException("Cannot read host and port from " + jdbcUrl);
        }
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "qc_owner", "qc_owner")) {
            owner.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_upsert (id int PRIMARY KEY,"
                    + " value jsonb NOT NULL, revision int NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL"
                    + " DEFAULT now())");
        }
        Path script = Files.createTempFile("upsert", ".sql");
        Files.writeString(script, """
                \\set id random(1, 5000)
                INSERT INTO bench_upsert (id, value) VALUES (:id, '"an answer"')
                  ON CONFLICT (id) DO UPDATE SET value = excluded.value, revision = bench_upsert.revision + 1,
                  updated_at = now();
                """, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(binary.get().toString(), "-n", "-c", String.valueOf(WRITERS),
                "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), "-h", url.group(1), "-p",
                url.group(2), "-U", "qc_owner", url.group(3));
        builder.environment().put("PGPASSWORD", "qc_owner");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        if (!tps.find()) {
            System.out.println("pgbench did not report a rate:\n" + output);
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(tps.group(1)));
    }

    private static void print(Result service, Optional<Double> pgbench, int seconds, int pool) {
        System.out.printf(Locale.ROOT, "%nAutosave benchmark: %d writers, %d s measured each side in %d alternating"
                + " windows, connection pool %d%n", WRITERS, seconds, ROUNDS, pool);
        System.out.printf(Locale.ROOT, "  service layer    %8.0f saves/s   latency p50 %.1f ms, p95 %.1f ms, p99 %.1f"
                + " ms; %d failed%n", service.perSecond(), service.percentile(50), service.percentile(95),
                service.percentile(99), service.failed());
        pgbench.ifPresent(rate -> System.out.printf(Locale.ROOT,
                "  pgbench upsert   %8.0f rows/s  (single-row INSERT ... ON CONFLICT, %d clients)%n"
                        + "  ratio            %8.2f  (service / pgbench)%n", rate, WRITERS, service.perSecond() / rate));
    }

    private record Result(double perSecond, long[] latencies, long failed) {
        double percentile(int p) {
            if (latencies.length == 0) {
                return 0;
            }
            return latencies[Math.min(latencies.length - 1, latencies.length * p / 100)] / 1e6;
        }
    }

    /** One user saving answers to their own response, as the autosave does, one after the other. */
    private static final class Writer {
        private final ConsoleOidcUserService users;
        private final AnswerService answers;
        private final String username;
        private final long assignmentId;
        private final List<Long> latencies = new ArrayList<>();
        private int revision;
        private long failed;

        Writer(ConsoleOidcUserService users, AnswerService answers, String username, long assignmentId) {
            this.users = users;
            this.answers = answers;
            this.username = username;
            this.assignmentId = assignmentId;
        }

        void writeUntil(AtomicBoolean stop) {
            SignIn.as(users, username);
            try {
                for (int i = 0; !stop.get(); i++) {
                    long started = System.nanoTime();
                    SaveOutcome outcome = answers.save(assignmentId, "q4_details",
                            TextNode.valueOf("Elaboration, draft " + i), revision);
                    latencies.add(System.nanoTime() - started);
                    if (outcome instanceof SaveOutcome.Saved saved) {
                        revision = saved.answer().revision();
                    } else {
                        failed++;
                    }
                }
            } finally {
                SignIn.out();
            }
        }

        void reset() {
            latencies.clear();
            failed = 0;
        }

        long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }
    }
}

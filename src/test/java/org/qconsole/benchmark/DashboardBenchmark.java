package org.qconsole.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Completion dashboards at scale: 193 States × 150 required questions × 300 campaigns (about 80% of the
 * answers given, some 7 million rows). Times the dashboard of one campaign and the overview of all
 * campaigns through the service layer, next to the same figures computed by hand-written SQL in psql
 * on the same data; then the XLSX export of one campaign, its time and heap growth.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.DashboardBenchmark}
 * (optional argument: number of campaigns, default 300). Needs psql (Debian's postgresql-client) for
 * the SQL side; without it only the service numbers are printed.
 */
public final class DashboardBenchmark {

    private static final int QUESTIONS = 150;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int campaigns = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        SpringApplication application = new SpringApplication(QuestionnaireConsoleApplication.class);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--console.demo-data.enabled=false", "--server.port=0")) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            ConsoleOidcUserService users = context.getBean(ConsoleOidcUserService.class);
            SignIn.as(users, "secretariat");
            long version = publish(context.getBean(TemplateService.class));
            long started = System.nanoTime();
            long[] range = generate(url, version, campaigns);
            System.out.printf(Locale.ROOT, "Generated %d campaigns, %d answers in %.0f s%n", campaigns, range[2],
                    (System.nanoTime() - started) / 1e9);

            SignIn.as(users, "manager");
            DashboardService dashboards = context.getBean(DashboardService.class);
            long campaign = range[1];
            double one = median(5, () -> dashboards.dashboard(campaign));
            double all = median(1, dashboards::overview);
            Optional<Double> sqlOne = psql(url, "SELECT a.country, count(an.question_key) * 100 / " + QUESTIONS
                    + " FROM assignment a LEFT JOIN answer an ON an.assignment_id = a.id AND an.value <> 'null'"
                    + " WHERE a.campaign_id = " + campaign + " GROUP BY a.country");
            Optional<Double> sqlAll = psql(url, "SELECT campaign_id, avg(n) * 100 / " + QUESTIONS + ", count(*) FILTER"
                    + " (WHERE status = 'submitted') FROM (SELECT a.campaign_id, a.status, count(an.question_key) n"
                    + " FROM assignment a LEFT JOIN answer an ON an.assignment_id = a.id AND an.value <> 'null'"
                    + " GROUP BY a.id) per_country GROUP BY campaign_id");
            Optional<Double> sqlRecorded = psql(url, "SELECT a.campaign_id, a.status, count(*), sum(CASE WHEN p.required = 0"
                    + " THEN 100 ELSE p.answered * 100 / p.required END), count(p.assignment_id) FROM assignment a"
                    + " LEFT JOIN response_progress p ON p.assignment_id = a.id GROUP BY a.campaign_id, a.status");
            double[] export = export(context.getBean(ExportService.class), campaign);

            System.out.printf(Locale.ROOT, "%nDashboard benchmark: 193 States x %d questions x %d campaigns%n",
                    QUESTIONS, campaigns);
            row("one campaign's dashboard", one, sqlOne);
            row("overview of all campaigns", all, sqlRecorded);
            sqlAll.ifPresent(ms -> System.out.printf(Locale.ROOT, "  (the overview's figures computed from the"
                    + " answers themselves in psql: %.1f ms)%n", ms));
            System.out.printf(Locale.ROOT, "  XLSX export of one campaign: %.0f ms, heap growth %.0f MB (peak over"
                    + " baseline), file %.1f MB%n", export[0], export[1], export[2]);
        }
        System.exit(0);
    }

    private static void row(String what, double serviceMs, Optional<Double> sqlMs) {
        System.out.printf(Locale.ROOT, "  %-28s service %9.0f ms", what, serviceMs);
        sqlMs.ifPresent(sql -> System.out.printf(Locale.ROOT, "   psql %8.1f ms   ratio %6.1f", sql, serviceMs / sql));
        System.out.println();
    }

    private static long publish(TemplateService templates) {
        List<Item> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS; q++) {
            questions.add(new Question("q" + q, String.valueOf(q), LocalizedText.en("Question " + q), LocalizedText.EMPTY,
                    new AnswerSpec.ShortText(null), true, null, null, List.of(), List.of()));
        }
        return TemplateFixtures.publish(templates, "BENCH",
                TemplateFixtures.withItems(TemplateFixtures.everyKind(), questions)).id();
    }

    /** Campaigns to every State, 80% of the answers given; returns {first campaign, last campaign, answers}. */
    private static long[] generate(String url, long version, int campaigns) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url, "qc_owner", "qc_owner");
                Statement sql = owner.createStatement()) {
            sql.execute("SELECT set_config('app.all_countries', 'on', false)");
            sql.execute("INSERT INTO campaign (template_version_id, title, deadline, created_by) SELECT " + version
                    + ", 'Benchmark ' || c, current_date + 30, 'benchmark' FROM generate_series(1, " + campaigns + ") c");
            sql.execute("INSERT INTO assignment (campaign_id, country, deadline, status, created_by)"
                    + " SELECT c.id, m.alpha3, c.deadline, CASE WHEN random() < 0.3 THEN 'submitted' ELSE 'in_progress'"
                    + " END, 'benchmark' FROM campaign c CROSS JOIN member_state m WHERE c.created_by = 'benchmark'");
            sql.execute("INSERT INTO answer (assignment_id, country, question_key, value, updated_by)"
                    + " SELECT a.id, a.country, 'q' || n, to_jsonb('Answer ' || n), 'benchmark'"
                    + " FROM assignment a CROSS JOIN generate_series(1, " + QUESTIONS + ") n"
                    + " WHERE a.created_by = 'benchmark' AND random() < 0.8");
            // What the console records as answers are saved (ProgressTracker): no condition, all 150 required.
            sql.execute("INSERT INTO response_progress (assignment_id, country, answered, required)"
                    + " SELECT a.id, a.country, count(an.question_key), " + QUESTIONS + " FROM assignment a"
                    + " JOIN answer an ON an.assignment_id = a.id WHERE a.created_by = 'benchmark' GROUP BY a.id");
            sql.execute("VACUUM ANALYZE answer");
            sql.execute("VACUUM ANALYZE assignment");
            var r = sql.executeQuery("SELECT min(id), max(id), (SELECT count(*) FROM answer) FROM campaign"
                    + " WHERE created_by = 'benchmark'");
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    private static double median(int runs, Runnable work) {
        work.run(); // warm-up
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** The median of five timed runs of a query in psql (after one warm-up), as the app role. */
    private static Optional<Double> psql(String jdbcUrl, String query) throws IOException, InterruptedException {
        Optional<Path> psql = PostgresTools.find("psql");
        if (psql.isEmpty()) {
            return Optional.empty();
        }
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
        if (!url.find()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(psql.get().toString(), "-X", "-q", "-h", url.group(1), "-p",
                url.group(2), "-U", "qc_app", "-d", url.group(3), "-c", "SET app.all_countries = 'on'", "-c",
                "\\timing on"));
        for (int i = 0; i < 6; i++) {
            command.addAll(List.of("-c", "SELECT count(*) FROM (" + query + ") everything")); // all rows computed, one printed
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "qc_app");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher time = Pattern.compile("Time: ([0-9.]+) ms").matcher(output);
        List<Double> times = new ArrayList<>();
        while (time.find()) {
            times.add(Double.parseDouble(time.group(1)));
        }
        if (times.size() < 2) {
            System.out.println("psql gave no timing:\n" + output);
            return Optional.empty();
        }
        List<Double> measured = new ArrayList<>(times.subList(1, times.size()));
        measured.sort(Double::compare);
        return Optional.of(measured.get(measured.size() / 2));
    }

    /** {time ms, heap growth MB, file MB} of one XLSX export, heap sampled every 5 ms. */
    private static double[] export(ExportService exports, long campaign) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        AtomicLong bytes = new AtomicLong();
        long started = System.nanoTime();
        exports.export(List.of(campaign), ExportFormat.XLSX, new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        }, rows -> { });
        double ms = (System.nanoTime() - started) / 1e6;
        running.set(false);
        sampler.join();
        return new double[] {ms, (peak.get() - baseline) / 1048576.0, bytes.get() / 1048576.0};
    }
}

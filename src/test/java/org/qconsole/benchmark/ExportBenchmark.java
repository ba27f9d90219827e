package org.qconsole.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exports at growing sizes: whether memory grows with the number of responses. A questionnaire of 150
 * short-text questions, every one answered with a text of its own; exported as a manager through
 * {@link ExportService} (XLSX and CSV) for
 * <ul>
 * <li>one campaign to the 193 member States;</li>
 * <li>one campaign to 676 States, the most one campaign can have (193 real States and 483 synthetic ones:
 * a State's ISO alpha-2 code is unique and two letters, so the schema holds at most 26 × 26 States);</li>
 * <li>ten campaigns to the 193 States in one export: 1930 responses in one Answers sheet (a State gets a
 * campaign once, so 10 × 193 responses exist only across campaigns).</li>
 * </ul>
 * For each: the time (median of 3 runs after a warm-up), the peak of heap use over the baseline sampled
 * every 5 ms (includes garbage not yet collected: it follows the young generation's size as much as the
 * export), the growth of the live heap halfway through the rows and at the last row (jcmd
 * GC.class_histogram: a full collection, then the shallow size of every object still reachable), and the
 * peak heap use sampled right after a full collection every 100 ms during a separate run (an upper bound of
 * the live heap over the whole export, writing the file included: it also counts what the export allocated
 * between the collection and the sample). {@code -Dhistogram=15} also prints the 15 classes whose live
 * objects grew most by the last row of the largest XLSX export; {@code -Dformats=XLSX} measures one format.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.ExportBenchmark}. It
 * prints; it asserts nothing.
 */
public final class ExportBenchmark {

    private static final int QUESTIONS = 150;
    private static final double MB = 1048576.0;

    private ExportBenchmark() {
    }

    /** One export to measure: its campaigns and rows. */
    private record Size(String label, List<Long> campaigns, int rows) {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(QuestionnaireConsoleApplication.class);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--console.demo-data.enabled=false", "--server.port=0")) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            ConsoleOidcUserService users = context.getBean(ConsoleOidcUserService.class);
            syntheticStates(url); // before anything reads the member States (the console keeps them in memory)
            SignIn.as(users, "secretariat");
            long version = publish(context.getBean(TemplateService.class));
            List<Size> sizes = generate(url, version);

            SignIn.as(users, "manager");
            ExportService exports = context.getBean(ExportService.class);
            int histogramTop = Integer.getInteger("histogram", 0);
            List<String> lines = new ArrayList<>();
            for (ExportFormat format : formats()) {
                for (Size size : sizes) {
                    boolean histogram = histogramTop > 0 && format == ExportFormat.XLSX
                            && size == sizes.get(sizes.size() - 1);
                    lines.add(measure(exports, format, size, histogram ? histogramTop : 0));
                }
            }
            System.out.printf(Locale.ROOT, "%nExport benchmark: %d questions, every one answered (%s, max heap %.0f MB)%n",
                    QUESTIONS, System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / MB);
            lines.forEach(System.out::println);
        }
        System.exit(0);
    }

    /** Both, or those named by {@code -Dformats=XLSX}. */
    private static List<ExportFormat> formats() {
        return Arrays.stream(System.getProperty("formats", "XLSX,CSV").split(",")).map(ExportFormat::valueOf).toList();
    }

    private static String measure(ExportService exports, ExportFormat format, Size size, int histogramTop)
            throws Exception {
        long[] bytes = new long[1];
        double ms = medianMillis(3, () -> bytes[0] = export(exports, format, size, rows -> { }));
        AtomicInteger written = new AtomicInteger();
        Peak used = peakGrowth(false, written, () -> export(exports, format, size, written::set));
        Peak sampled = peakGrowth(true, written, () -> export(exports, format, size, written::set));
        double[] live = new double[2];
        long baseline = Histograms.liveBytes();
        export(exports, format, size, rows -> {
            if (rows == size.rows() / 2 || rows == size.rows()) {
                live[rows == size.rows() ? 1 : 0] = (Histograms.liveBytes() - baseline) / MB;
            }
        });
        if (histogramTop > 0) {
            Histograms.takeBaseline();
            export(exports, format, size, rows -> {
                if (rows == size.rows()) {
                    System.out.println("Live objects grown by the last row of the " + format + " export, "
                            + size.label() + " (the baseline histogram itself included):");
                    Histograms.growthSinceBaseline(histogramTop).forEach(System.out::println);
                }
            });
        }
        return String.format(Locale.ROOT, "  %-4s %-30s %6.0f ms   peak heap use +%4.0f MB   live heap +%4.1f MB halfway,"
                + " +%4.1f MB at the last row   (sampled with full GCs: +%4.1f MB %s)   file %3.1f MB", format,
                size.label(), ms, used.mb(), live[0], live[1], sampled.mb(),
                sampled.rows() < size.rows() ? "at row " + sampled.rows() : "after the last row", bytes[0] / MB);
    }

    /** Bytes written by one export, to a stream that only counts them. */
    private static long export(ExportService exports, ExportFormat format, Size size,
            java.util.function.IntConsumer progress) {
        AtomicLong bytes = new AtomicLong();
        exports.export(size.campaigns(), format, new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        }, progress);
        return bytes.get();
    }

    private static double medianMillis(int runs, Runnable work) {
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

    /** The most heap used over the baseline in MB, and how many rows were written then. */
    private record Peak(double mb, int rows) {
    }

    /**
     * The peak of heap use over the baseline (after a full collection) while {@code work} runs;
     * {@code live}: a full collection before each sample (every 100 ms), so only what is still reachable
     * counts; otherwise sampled every 5 ms as it is.
     */
    private static Peak peakGrowth(boolean live, AtomicInteger written, LongSupplier work) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicInteger peakRows = new AtomicInteger();
        written.set(0);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                if (live) {
                    System.gc();
                }
                long used = memory.getHeapMemoryUsage().getUsed();
                if (used > peak.get()) {
                    peak.set(used);
                    peakRows.set(written.get());
                }
                try {
                    Thread.sleep(live ? 100 : 5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        work.getAsLong();
        running.set(false);
        sampler.join();
        return new Peak((peak.get() - baseline) / MB, peakRows.get());
    }

    private static long publish(TemplateService templates) {
        List<Item> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS; q++) {
            questions.add(new Question("q" + q, String.valueOf(q), LocalizedText.en("Question " + q), LocalizedText.EMPTY,
                    new AnswerSpec.ShortText(null), true, null, null, List.of(), List.of()));
        }
        return TemplateFixtures.publish(templates, "EXPORT",
                TemplateFixtures.withItems(TemplateFixtures.everyKind(), questions)).id();
    }

    /**
     * Synthetic States up to the schema's limit (unused alpha-2, alpha-3 'Z..' and numeric codes), for the
     * largest campaign one campaign can be; as the owner (the console's role may not change reference data).
     */
    private static void syntheticStates(String url) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url, "qc_owner", "qc_owner");
                Statement sql = owner.createStatement()) {
            sql.execute("""
                    INSERT INTO member_state (alpha3, alpha2, numeric_code, name, regional_group)
                    SELECT a3.code, a2.code, num.code, 'Synthetic State ' || a2.n,
                           (SELECT code FROM regional_group WHERE sort_order = 1 + a2.n % 5)
                    FROM (SELECT code, row_number() OVER (ORDER BY code) n FROM (SELECT chr(65 + i) || chr(65 + j) code
                            FROM generate_series(0, 25) i, generate_series(0, 25) j) c
                          WHERE code NOT IN (SELECT alpha2 FROM member_state)) a2
                    JOIN (SELECT code, row_number() OVER (ORDER BY code) n FROM (SELECT 'Z' || chr(65 + i) || chr(65 + j) code
                            FROM generate_series(0, 25) i, generate_series(0, 25) j) c
                          WHERE code NOT IN (SELECT alpha3 FROM member_state)) a3 ON a3.n = a2.n
                    JOIN (SELECT code, row_number() OVER (ORDER BY code) n FROM (SELECT lpad(k::text, 3, '0') code
                            FROM generate_series(0, 999) k) c
                          WHERE code NOT IN (SELECT numeric_code FROM member_state)) num ON num.n = a2.n""");
        }
    }

    /** The campaigns measured, with every answer given; as the owner (row-level security is forced). */
    private static List<Size> generate(String url, long version) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url, "qc_owner", "qc_owner");
                Statement sql = owner.createStatement()) {
            sql.execute("SELECT set_config('app.all_countries', 'on', false)");
            List<Long> one = campaigns(sql, version, "one", 1, true);
            List<Long> ten = campaigns(sql, version, "ten", 10, true);
            List<Long> largest = campaigns(sql, version, "largest", 1, false);
            sql.execute("INSERT INTO answer (assignment_id, country, question_key, value, updated_by)"
                    + " SELECT a.id, a.country, 'q' || n, to_jsonb(a.country || ' answer ' || n || ' in ' || a.id),"
                    + " 'benchmark' FROM assignment a CROSS JOIN generate_series(1, " + QUESTIONS + ") n"
                    + " WHERE a.created_by = 'benchmark'");
            sql.execute("VACUUM ANALYZE answer");
            sql.execute("VACUUM ANALYZE assignment");
            int states = count(sql, "SELECT count(*) FROM member_state");
            return List.of(new Size("one campaign, 193 responses", one, 193),
                    new Size("one campaign, " + states + " responses", largest, states),
                    new Size("ten campaigns, 1930 responses", ten, 1930));
        }
    }

    /** {@code n} campaigns to every (real) State, half of the responses in progress, the rest submitted. */
    private static List<Long> campaigns(Statement sql, long version, String name, int n, boolean real)
            throws SQLException {
        sql.execute("INSERT INTO campaign (template_version_id, title, deadline, created_by) SELECT " + version
                + ", 'Export " + name + " ' || c, current_date + 30, 'benchmark-" + name + "' FROM generate_series(1, "
                + n + ") c");
        sql.execute("INSERT INTO assignment (campaign_id, country, deadline, status, created_by)"
                + " SELECT c.id, m.alpha3, c.deadline, CASE WHEN random() < 0.5 THEN 'submitted' ELSE 'in_progress'"
                + " END, 'benchmark' FROM campaign c CROSS JOIN member_state m WHERE c.created_by = 'benchmark-" + name
                + "'" + (real ? " AND m.name NOT LIKE 'Synthetic State %'" : ""));
        List<Long> ids = new ArrayList<>();
        try (var rows = sql.executeQuery("SELECT id FROM campaign WHERE created_by = 'benchmark-" + name
                + "' ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Class histograms of this JVM through jcmd (which collects first). */
    static final class Histograms {

        private static HeapHistogram baseline;

        private Histograms() {
        }

        static void takeBaseline() throws IOException, InterruptedException {
            baseline = take();
        }

        /** The shallow size of all live objects (the histogram itself is garbage by the next one). */
        static long liveBytes() {
            try {
                return take().classes().values().stream().mapToLong(HeapHistogram.Entry::bytes).sum();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static List<String> growthSinceBaseline(int top) {
            try {
                return take().growthSince(baseline, 1, top);
            } catch (IOException e) {
                return List.of("jcmd failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }

        private static HeapHistogram take() throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return HeapHistogram.parse(output);
        }
    }
}

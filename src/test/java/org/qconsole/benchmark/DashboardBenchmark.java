package org.qconsole.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Completion dashboards at scale: 193 States × 150 required questions in 5 sections × 300 campaigns (about
 * 80% of the answers given, some 7 million rows). Times the dashboard of one campaign and the overview of
 * all campaigns through the service layer, next to the same figures computed by hand-written SQL in psql
 * from the same recorded tables (and, for context, from the answers themselves); then the XLSX export of
 * one campaign, its time and heap growth. Prints numbers, asserts nothing.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.DashboardBenchmark}
 * (optional argument: number of campaigns, default 300). Needs psql (Debian's postgresql-client) for
 * the SQL side; without it only the service numbers are printed.
 */
public final class DashboardBenchmark {

    private static final int QUESTIONS = 150;
    private static final int SECTIONS = 5;
    private static final int PER_SECTION = QUESTIONS / SECTIONS;

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
            System.out.println(RecordedFigures.check(dashboards, context.getBean(AnswerService.class),
                    context.getBean(AssignmentService.class), campaign));
            // The machine is shared: service and psql runs alternate, so both sides see the same load.
            Timings.Pair one = Timings.interleaved(() -> dashboards.dashboard(campaign), url,
                    RecordedFigures.dashboardSql(campaign));
            Timings.Pair all = Timings.interleaved(dashboards::overview, url, RecordedFigures.overviewSql());
            Optional<Double> sqlOneFromAnswers = Timings.psql(url, RecordedFigures.dashboardFromAnswersSql(campaign,
                    QUESTIONS, PER_SECTION));
            Optional<Double> sqlAllFromAnswers = Timings.psql(url, "SELECT campaign_id, avg(n) * 100 / " + QUESTIONS
                    + ", count(*) FILTER (WHERE status = 'submitted') FROM (SELECT a.campaign_id, a.status,"
                    + " count(an.question_key) n FROM assignment a LEFT JOIN answer an ON an.assignment_id = a.id"
                    + " AND an.value <> 'null' GROUP BY a.id) per_country GROUP BY campaign_id");
            double[] export = export(context.getBean(ExportService.class), campaign);

            System.out.printf(Locale.ROOT, "%nDashboard benchmark: 193 States x %d questions in %d sections x %d"
                    + " campaigns%n", QUESTIONS, SECTIONS, campaigns);
            row("one campaign's dashboard", one);
            sqlOneFromAnswers.ifPresent(ms -> System.out.printf(Locale.ROOT, "  (the dashboard's figures computed"
                    + " from the answers themselves in psql: %.1f ms)%n", ms));
            row("overview of all campaigns", all);
            sqlAllFromAnswers.ifPresent(ms -> System.out.printf(Locale.ROOT, "  (the overview's figures computed from"
                    + " the answers themselves in psql: %.1f ms)%n", ms));
            System.out.printf(Locale.ROOT, "  XLSX export of one campaign: %.0f ms, heap growth %.0f MB (peak over"
                    + " baseline), file %.1f MB%n", export[0], export[1], export[2]);
        }
        System.exit(0);
    }

    private static void row(String what, Timings.Pair pair) {
        System.out.printf(Locale.ROOT, "  %-28s service %8.2f ms", what, pair.service());
        pair.psql().ifPresent(sql -> System.out.printf(Locale.ROOT, "   psql %8.2f ms   ratio %5.2f", sql,
                pair.service() / sql));
        System.out.printf(Locale.ROOT, "   (fastest: service %.2f ms, psql %s)%n", pair.fastestService(),
                pair.fastestPsql().map(ms -> String.format(Locale.ROOT, "%.2f ms", ms)).orElse("-"));
    }

    /** 150 required short texts, q1..q150, 30 to a section s1..s5. */
    private static long publish(TemplateService templates) {
        TemplateDefinition base = TemplateFixtures.everyKind();
        List<Section> sections = new ArrayList<>();
        for (int s = 1; s <= SECTIONS; s++) {
            List<Item> questions = new ArrayList<>();
            for (int q = (s - 1) * PER_SECTION + 1; q <= s * PER_SECTION; q++) {
                questions.add(new Question("q" + q, String.valueOf(q), LocalizedText.en("Question " + q),
                        LocalizedText.EMPTY, new AnswerSpec.ShortText(null), true, null, null, List.of(), List.of()));
            }
            sections.add(new Section("s" + s, String.valueOf(s), LocalizedText.en("Section " + s), LocalizedText.EMPTY,
                    List.of(), questions, null));
        }
        return TemplateFixtures.publish(templates, "BENCH", new TemplateDefinition(base.title(),
                base.circularReference(), base.introduction(), base.footnotes(), sections)).id();
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
            // What the console records as answers are saved (ProgressTracker): no condition, all 150 required,
            // per response and per section of 30.
            sql.execute("INSERT INTO response_progress (assignment_id, country, answered, required)"
                    + " SELECT a.id, a.country, count(an.question_key), " + QUESTIONS + " FROM assignment a"
                    + " JOIN answer an ON an.assignment_id = a.id WHERE a.created_by = 'benchmark' GROUP BY a.id");
            sql.execute("INSERT INTO section_progress (assignment_id, country, section_key, answered, required)"
                    + " SELECT p.assignment_id, p.country, 's' || sec, coalesce(c.n, 0), " + PER_SECTION
                    + " FROM response_progress p JOIN assignment a ON a.id = p.assignment_id"
                    + " CROSS JOIN generate_series(1, " + SECTIONS + ") sec"
                    + " LEFT JOIN (SELECT an.assignment_id, (substr(an.question_key, 2)::int - 1) / " + PER_SECTION
                    + " + 1 AS s, count(*) AS n FROM answer an JOIN assignment b ON b.id = an.assignment_id"
                    + " WHERE b.created_by = 'benchmark' GROUP BY 1, 2) c ON c.assignment_id = p.assignment_id"
                    + " AND c.s = sec WHERE a.created_by = 'benchmark'");
            // Submitted responses were submitted some day in the last three weeks (the dashboard's chart).
            sql.execute("INSERT INTO assignment_event (assignment_id, country, action, actor, at)"
                    + " SELECT id, country, 'submitted', 'benchmark', now() - random() * interval '21 days'"
                    + " FROM assignment WHERE created_by = 'benchmark' AND status = 'submitted'");
            for (String table : List.of("answer", "assignment", "response_progress", "section_progress",
                    "assignment_event")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            var r = sql.executeQuery("SELECT min(id), max(id), (SELECT count(*) FROM answer) FROM campaign"
                    + " WHERE created_by = 'benchmark'");
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
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

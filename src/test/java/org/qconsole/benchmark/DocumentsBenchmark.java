package org.qconsole.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DocumentArchive;
import org.qconsole.response.DocumentService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heap growth while documents stream in and out (issue 12: under 64 MB): a 20 MB upload and its download, then
 * a response of 200 files of 100 KB (uploaded, saved as one answer, each downloaded, and the campaign's ZIP),
 * through the services on the embedded PostgreSQL. For each step: the peak of heap use over the baseline
 * sampled every 5 ms (garbage not yet collected included), and in a second run the peak sampled right after a
 * full collection every 100 ms (an upper bound of what the step keeps alive); and what the step's thread
 * allocated in all (garbage included).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.DocumentsBenchmark}. It
 * prints; it asserts nothing.
 */
public final class DocumentsBenchmark {

    private static final double MB = 1048576.0;
    private static final long LARGE = 20L * 1024 * 1024;
    private static final int FILES = 200;
    private static final long SMALL = 100L * 1024;

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(QuestionnaireConsoleApplication.class);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--console.demo-data.enabled=false", "--server.port=0")) {
            ConsoleOidcUserService users = context.getBean(ConsoleOidcUserService.class);
            DocumentService documents = context.getBean(DocumentService.class);
            AnswerService answers = context.getBean(AnswerService.class);
            List<String> lines = new ArrayList<>();
            for (boolean live : new boolean[] {false, true}) {
                SignIn.as(users, "secretariat");
                long campaign = campaign(context);
                long response = context.getBean(AssignmentService.class).assignments(campaign).get(0).id();
                SignIn.as(users, "swe.focal");
                String mode = live ? "live (after full GC, every 100 ms)" : "peak used (every 5 ms)";
                lines.add(measure("20 MB upload, " + mode, live, () ->
                        documents.upload(response, "q1_files", "large.pdf", TestFiles.pdfOfSize(LARGE, 1))));
                DocumentFile large = documents.upload(response, "q2_large", "large.pdf", TestFiles.pdfOfSize(LARGE, 2));
                lines.add(measure("20 MB download, " + mode, live, () ->
                        documents.copyTo(large.id(), OutputStream.nullOutputStream())));
                List<DocumentFile> files = new ArrayList<>();
                lines.add(measure(FILES + " uploads of 100 KB, " + mode, live, () -> {
                    for (int i = 0; i < FILES; i++) {
                        files.add(documents.upload(response, "q1_files", "file-" + i + ".pdf",
                                TestFiles.pdfOfSize(SMALL, i)));
                    }
                }));
                lines.add(measure("the answer listing " + FILES + " files saved, " + mode, live, () -> {
                    if (!(answers.save(response, "q1_files", DocumentFile.toJson(files), 0) instanceof SaveOutcome.Saved)) {
                        throw new IllegalStateException("The answer of " + FILES + " files was not saved");
                    }
                }));
                lines.add(measure(FILES + " downloads, " + mode, live, () ->
                        files.forEach(f -> documents.copyTo(f.id(), OutputStream.nullOutputStream()))));
                SignIn.as(users, "secretariat");
                lines.add(measure("campaign ZIP of " + FILES + " files, " + mode, live, () ->
                        context.getBean(DocumentArchive.class).zip(campaign, OutputStream.nullOutputStream())));
            }
            System.out.printf(Locale.ROOT, "%nDocuments benchmark (%s, max heap %.0f MB), growth over the baseline:%n",
                    System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / MB);
            lines.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static long campaign(ConfigurableApplicationContext context) {
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Documents benchmark"), "CU 2026/9",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Files"),
                        LocalizedText.EMPTY, List.of(), List.of(
                                TemplateFixtures.question("q1_files", "1", "Attach the files.",
                                        new AnswerSpec.Documents(FILES, null), List.of()),
                                TemplateFixtures.question("q2_large", "2", "Attach the large file.",
                                        new AnswerSpec.Documents(1, null), List.of())), null)));
        long version = TemplateFixtures.publish(context.getBean(TemplateService.class), "DOCBENCH", definition).id();
        return context.getBean(AssignmentService.class).create(new NewCampaign(version, "Documents " + version, "",
                LocalDate.now().plusDays(10), Set.of("SWE"))).id();
    }

    /** Runs the step while sampling the heap; its growth over the baseline (after a full collection). */
    private static String measure(String label, boolean live, Runnable step) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                if (live) {
                    System.gc();
                }
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(live ? 100 : 5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        sampler.start();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        try {
            step.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long millis = (System.nanoTime() - start) / 1_000_000;
        return String.format(Locale.ROOT, "  %-62s %7.1f MB  (%d ms, %.0f MB allocated)", label,
                (peak.get() - baseline) / MB, millis, allocated / MB);
    }
}

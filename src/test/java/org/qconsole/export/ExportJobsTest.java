package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Background exports as the export service runs them: the job runs later, on another thread, as the user who
 * started it; a finished job keeps its file until it is discarded, and a job discarded meanwhile leaves none.
 */
@ConsoleTest
class ExportJobsTest {

    @Autowired
    ExportJobs jobs;
    @Autowired
    ExportService exports;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private long campaign;
    private ExportJobs later;

    @BeforeEach
    void aCampaign() throws Exception {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "EXJ").id();
        campaign = assignments.create(new NewCampaign(version, "Export jobs", "", LocalDate.now().plusDays(5),
                Set.of("DEU", "KEN", "SWE"))).id();
        later = new ExportJobs(exports, new ExportFiles(Files.createTempDirectory("export-jobs")), queued::add,
                new ExportMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aJobWritesTheWholeFileAsTheUserWhoStartedItAndKeepsItUntilDiscarded() throws Exception {
        ExportJob job = later.start(campaign, ExportFormat.CSV, org.qconsole.model.Language.EN, listener());
        assertThat(job.total()).isEqualTo(3);
        assertThat(job.fileName()).endsWith(".csv");

        SignIn.out(); // the job's thread carries the context of the user who started it
        runQueued();

        assertThat(told).containsExactly("progress 1.0", "finished");
        assertThat(Files.readString(job.file(), StandardCharsets.UTF_8)).contains("Germany", "Kenya", "Sweden");
        job.discard();
        assertThat(job.file()).doesNotExist();
    }

    @Test
    void aJobDiscardedBeforeItRunsTellsNothingAndLeavesNoFile() {
        ExportJob job = later.start(campaign, ExportFormat.XLSX, org.qconsole.model.Language.EN, listener());
        Path file = job.file();
        assertThat(file).exists();

        job.discard();
        runQueued();

        assertThat(told).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void onlyTheSecretariatAndManagersStartExports() {
        SignIn.as(users, "swe.focal");

        assertThatThrownBy(() -> jobs.start(campaign, ExportFormat.CSV, org.qconsole.model.Language.EN, listener()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void runQueued() {
        queued.forEach(Runnable::run);
        queued.clear();
    }

    private ExportJob.Listener listener() {
        return new ExportJob.Listener() {
            @Override
            public void progress(double done) {
                told.add("progress " + done);
            }

            @Override
            public void finished(ExportJob job) {
                told.add("finished");
            }

            @Override
            public void failed(String message) {
                told.add("failed: " + message);
            }
        };
    }
}

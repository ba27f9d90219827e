package org.qconsole.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.dashboard.ui.ExportPanel;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * An export whose file cannot be written (a folder the server cannot write, a full disk) says so in words,
 * offers no partial download, and leaves the buttons ready to try again.
 */
class ExportFailureTest extends ViewTest {

    @Autowired
    ExportService exports;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    private long campaign;

    @BeforeEach
    void aCampaign() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "EXF").id();
        campaign = assignments.create(new NewCampaign(version, "Export failures", "", LocalDate.now().plusDays(5),
                Set.of("DEU", "KEN"))).id();
        SignIn.out();
    }

    @Test
    void aFolderTheServerCannotWriteStopsTheExportBeforeItStarts() {
        signInAs("manager");
        // /proc cannot take new folders, not even for root.
        showPanel(new ExportFiles(Path.of("/proc/questionnaire-console-exports")));

        _click(_get(Button.class, s -> s.withId("export-xlsx")));

        assertThat(_get(Span.class, s -> s.withId("export-status")).getText()).isEqualTo(org.qconsole.common.Messages.text(org.qconsole.model.Language.EN, ExportFailure.CANNOT_START))
                .doesNotContain("Exception", "java.", "/proc");
        assertThat(_find(Anchor.class, s -> s.withId("export-download"))).as("no download offered").isEmpty();
        assertThat(_get(Button.class, s -> s.withId("export-xlsx")).isEnabled()).isTrue();
    }

    @Test
    void aFullDiskStopsTheExportAndNoPartialFileIsOffered() throws Exception {
        signInAs("manager");
        Path folder = Files.createTempDirectory("exports-on-a-full-disk");
        // Every export file in this folder is a link to /dev/full, which refuses writes with "No space left".
        ExportFiles fullDisk = new ExportFiles(folder) {
            @Override
            public Path create(ExportFormat format) {
                try {
                    return Files.createSymbolicLink(folder.resolve("export." + format.extension()),
                            Path.of("/dev/full"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        showPanel(fullDisk);

        _click(_get(Button.class, s -> s.withId("export-csv")));
        Span status = _get(Span.class, s -> s.withId("export-status"));
        for (int i = 0; i < 100 && !status.getText().equals(diskFull()); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }

        assertThat(status.getText()).isEqualTo(diskFull());
        assertThat(_find(Anchor.class, s -> s.withId("export-download"))).as("no partial file offered").isEmpty();
        assertThat(folder.resolve("export.csv")).as("the partial file is removed").doesNotExist();
        assertThat(Path.of("/dev/full")).exists();
        assertThat(_get(Button.class, s -> s.withId("export-csv")).isEnabled()).isTrue();
    }

    private void showPanel(ExportFiles files) {
        UI.getCurrent().add(new ExportPanel(new ExportJobs(exports, files, new SimpleAsyncTaskExecutor(),
                new ExportMetrics(new SimpleMeterRegistry())), campaign));
    }

    private static String diskFull() {
        return org.qconsole.common.Messages.text(org.qconsole.model.Language.EN, ExportFailure.DISK_FULL);
    }
}

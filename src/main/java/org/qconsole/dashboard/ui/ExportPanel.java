package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qconsole.export.ExportFailure;
import org.qconsole.export.ExportFiles;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Exports a campaign's answers in the background: a progress bar while the file is written (row by
 * row, to a temporary file), then a download link. The page stays usable meanwhile.
 */
public class ExportPanel extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(ExportPanel.class);
    private static final int POLL_MILLIS = 500;

    private final transient ExportService exports;
    private final transient ExportFiles files;
    private final transient TaskExecutor executor;
    private final long campaignId;
    private final Button xlsx = new Button("Export XLSX", VaadinIcon.TABLE.create());
    private final Button csv = new Button("Export CSV", VaadinIcon.FILE_TEXT_O.create());
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private Path file;

    public ExportPanel(ExportService exports, ExportFiles files, TaskExecutor executor, long campaignId) {
        this.exports = exports;
        this.files = files;
        this.executor = executor;
        this.campaignId = campaignId;
        setId("export-panel");
        setAlignItems(Alignment.CENTER);
        xlsx.setId("export-xlsx");
        csv.setId("export-csv");
        xlsx.addClickListener(e -> start(ExportFormat.XLSX));
        csv.addClickListener(e -> start(ExportFormat.CSV));
        bar.setId("export-progress");
        bar.setWidth("12em");
        bar.setVisible(false);
        status.setId("export-status");
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        add(xlsx, csv, bar, status, download);
    }

    private void start(ExportFormat format) {
        UI ui = UI.getCurrent();
        int total = Math.max(1, exports.rowCount(List.of(campaignId)));
        String name = exports.fileName(campaignId, format);
        discardFile();
        download.setVisible(false);
        try {
            file = files.create(format);
        } catch (ExportFailure e) {
            status.setText(e.getMessage());
            return;
        }
        Path target = file;
        xlsx.setEnabled(false);
        csv.setEnabled(false);
        download.setVisible(false);
        bar.setValue(0);
        bar.setVisible(true);
        status.setText("Exporting " + total + " States…");
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(new DelegatingSecurityContextRunnable(() -> write(ui, format, target, name, total),
                SecurityContextHolder.getContext()));
    }

    private void write(UI ui, ExportFormat format, Path target, String name, int total) {
        try (OutputStream out = Files.newOutputStream(target)) {
            exports.export(List.of(campaignId), format, out, done -> {
                if (done % 10 == 0 || done == total) {
                    ui.access(() -> bar.setValue(Math.min(1.0, done / (double) total)));
                }
            });
            ui.access(() -> finished(name, target, total));
        } catch (IOException | RuntimeException e) {
            log.error("Export of campaign {} failed", campaignId, e);
            ui.access(() -> failed(ExportFailure.explain(e)));
        }
    }

    private void finished(String name, Path target, int total) {
        download.setHref(DownloadHandler.forFile(target.toFile(), name));
        download.setText("Download " + name);
        download.setVisible(true);
        bar.setVisible(false);
        status.setText("Ready: " + total + " States.");
        xlsx.setEnabled(true);
        csv.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void failed(String message) {
        discardFile(); // a partial file is never offered
        bar.setVisible(false);
        status.setText(message);
        xlsx.setEnabled(true);
        csv.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Cannot delete {}", file, e);
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        discardFile();
    }
}

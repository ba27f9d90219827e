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
import org.qconsole.export.ExportFailure;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportJob;
import org.qconsole.export.ExportJobs;
import org.qconsole.model.Language;

/**
 * Exports a campaign's answers in the background: a progress bar while the file is written (row by
 * row, to a temporary file, by {@link ExportJobs}), then a download link. The page stays usable meanwhile.
 */
public class ExportPanel extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    private final transient ExportJobs jobs;
    private final long campaignId;
    private final Button xlsx = new Button(getTranslation("dashboard.export.xlsx"), VaadinIcon.TABLE.create());
    private final Button csv = new Button(getTranslation("dashboard.export.csv"), VaadinIcon.FILE_TEXT_O.create());
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private transient ExportJob job;

    public ExportPanel(ExportJobs jobs, long campaignId) {
        this.jobs = jobs;
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
        discard();
        download.setVisible(false);
        try {
            job = jobs.start(campaignId, format, Language.of(getLocale()), new ExportJob.Listener() {
                @Override
                public void progress(double done) {
                    ui.access(() -> bar.setValue(done));
                }

                @Override
                public void finished(ExportJob finished) {
                    ui.access(() -> offer(finished));
                }

                @Override
                public void failed(String message) {
                    ui.access(() -> stopped(message));
                }
            });
        } catch (ExportFailure e) {
            status.setText(e.reason(Language.of(getLocale())));
            return;
        }
        xlsx.setEnabled(false);
        csv.setEnabled(false);
        bar.setValue(0);
        bar.setVisible(true);
        status.setText(getTranslation("dashboard.export.running", job.total()));
        ui.setPollInterval(POLL_MILLIS);
    }

    private void offer(ExportJob finished) {
        download.setHref(DownloadHandler.forFile(finished.file().toFile(), finished.fileName()));
        download.setText(getTranslation("dashboard.export.download", finished.fileName()));
        download.setVisible(true);
        idle(getTranslation("dashboard.export.ready", finished.total()));
    }

    private void stopped(String message) {
        job = null; // its partial file is gone already: nothing to offer
        idle(message);
    }

    private void idle(String message) {
        bar.setVisible(false);
        status.setText(message);
        xlsx.setEnabled(true);
        csv.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void discard() {
        if (job != null) {
            job.discard();
            job = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        discard();
    }
}

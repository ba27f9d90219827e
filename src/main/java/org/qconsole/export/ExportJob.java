package org.qconsole.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qconsole.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One campaign's export written in the background to a file of its own ({@link ExportJobs#start}). It tells
 * its listener how far it is, then that the file is ready or why there is none: a failed job deletes its
 * partial file, so no partial file is ever offered. The file lives until {@link #discard()}.
 */
public final class ExportJob {

    private static final Logger log = LoggerFactory.getLogger(ExportJob.class);
    /** Rows between two progress reports: a report costs the user's browser a round trip. */
    private static final int REPORT_EVERY = 10;

    /**
     * What the job tells while it runs, from its own thread (a view hands it on to its UI's thread).
     * Exactly one of {@link #finished} and {@link #failed} comes last, unless the job was discarded first.
     */
    public interface Listener {

        /** The share of the rows written so far, from 0 to 1. */
        void progress(double done);

        void finished(ExportJob job);

        /** The message for the user; the partial file is already gone. */
        void failed(String message);
    }

    private final long campaignId;
    private final ExportFormat format;
    private final Language language;
    private final Path file;
    private final String fileName;
    private final int total;
    private volatile boolean discarded;

    ExportJob(long campaignId, ExportFormat format, Language language, Path file, String fileName, int total) {
        this.campaignId = campaignId;
        this.format = format;
        this.language = language;
        this.file = file;
        this.fileName = fileName;
        this.total = total;
    }

    /** The name the file is downloaded under, e.g. "ICT-2023-v1-ICT-2024-2026-11-29.csv". */
    public String fileName() {
        return fileName;
    }

    /** How many States (rows) the export has. */
    public int total() {
        return total;
    }

    /** The written file, complete once the listener was told {@link Listener#finished}. */
    public Path file() {
        return file;
    }

    /** Deletes the file (a finished or a partial one); a job still running stops reporting and leaves none. */
    public void discard() {
        discarded = true;
        delete();
    }

    /** What became of a job: its file is ready, it failed (no file), or it was discarded while it ran. */
    enum Outcome {
        FINISHED, FAILED, DISCARDED
    }

    /** Writes the file; run on a background thread that carries the user's security context. */
    Outcome run(ExportService exports, Listener listener) {
        try (OutputStream out = Files.newOutputStream(file)) {
            exports.export(List.of(campaignId), format, language, out, done -> {
                if (!discarded && (done % REPORT_EVERY == 0 || done == total)) {
                    listener.progress(Math.min(1.0, done / (double) total));
                }
            });
        } catch (IOException | RuntimeException e) {
            log.error("Export of campaign {} failed", campaignId, e);
            delete();
            if (!discarded) {
                listener.failed(ExportFailure.explain(e, language));
            }
            return discarded ? Outcome.DISCARDED : Outcome.FAILED;
        }
        if (discarded) {
            delete(); // discarded before the writer opened the file, the writer created it again
            return Outcome.DISCARDED;
        }
        listener.finished(this);
        return Outcome.FINISHED;
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }
}

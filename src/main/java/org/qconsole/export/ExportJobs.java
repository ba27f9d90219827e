package org.qconsole.export;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qconsole.model.Language;
import org.qconsole.identity.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Starts exports in the background, so that a large campaign never holds up the page that asked for it.
 * The job runs with the security context of the user who started it: the export reads only what that
 * user may read.
 */
@Service
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
public class ExportJobs {

    private final ExportService exports;
    private final ExportFiles files;
    private final TaskExecutor executor;
    private final ExportMetrics metrics;

    ExportJobs(ExportService exports, ExportFiles files,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            ExportMetrics metrics) {
        this.exports = exports;
        this.metrics = metrics;
        this.files = files;
        this.executor = executor;
    }

    /**
     * Starts writing one campaign's answers to a new file, its words in {@code language} (the user's).
     *
     * @throws ExportFailure when the file cannot even be created (its reason is for the user)
     */
    public ExportJob start(long campaignId, ExportFormat format, Language language, ExportJob.Listener listener) {
        int total = Math.max(1, exports.rowCount(List.of(campaignId)));
        String name = exports.fileName(campaignId, format);
        ExportJob job = new ExportJob(campaignId, format, language, files.create(format), name, total);
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> metrics.measure(format, () -> job.run(exports, listener)), SecurityContextHolder.getContext()));
        return job;
    }
}

package org.qconsole.response;

import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.SystemScope;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.repository.ProgressRepository;
import org.qconsole.template.SystemTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, records the completion of responses that have answers but none recorded (answered
 * before completion was kept), or one computed by another formula or other plugins than the running
 * ones (see {@link CompletionFormula}): after an upgrade the stored figures would otherwise stay wrong.
 * Usually finds nothing.
 */
@Component
class ProgressBackfill implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ProgressBackfill.class);

    private final ProgressRepository recorded;
    private final SystemTemplates versions;
    private final ProgressTracker tracker;
    private final SectionTypeService plugins;
    private final TransactionTemplate transaction;

    ProgressBackfill(ProgressRepository recorded, SystemTemplates versions, ProgressTracker tracker,
            SectionTypeService plugins, PlatformTransactionManager transactions) {
        this.recorded = recorded;
        this.versions = versions;
        this.tracker = tracker;
        this.plugins = plugins;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StartupStage stage() {
        return StartupStage.RECORDED_COMPLETION;
    }

    @Override
    public void run() {
        int done = SystemScope.call(() -> transaction.execute(status -> {
            var outdated = recorded.findOutdated(CompletionFormula.stamp(plugins));
            for (var response : outdated) {
                tracker.refresh(response.assignmentId(), response.country(),
                        versions.published(response.templateVersionId()).orElseThrow());
            }
            return outdated.size();
        }));
        if (done > 0) {
            log.info("Recorded the completion of {} responses (none recorded, or by another formula or plugins)", done);
        }
    }
}

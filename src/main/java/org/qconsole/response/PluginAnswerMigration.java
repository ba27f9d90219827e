package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.SystemScope;
import org.qconsole.model.Section;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.template.SystemTemplates;
import org.qconsole.template.TemplateVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a newer version of a plugin is installed, its stored answers in older formats are migrated to
 * the new one at start-up, each recorded in the history. An answer the plugin cannot migrate is left
 * as it was (and logged); a failing plugin stops the migration of its answers, never the console.
 */
@Component
public class PluginAnswerMigration implements StartupStep {

    static final String ACTOR = "plugin-migration";
    private static final Logger log = LoggerFactory.getLogger(PluginAnswerMigration.class);

    private final SectionTypeService plugins;
    private final SystemTemplates templates;
    private final AnswerRepository answers;
    private final TransactionTemplate transaction;
    private final ProgressTracker tracker;

    PluginAnswerMigration(SectionTypeService plugins, SystemTemplates templates, AnswerRepository answers,
            PlatformTransactionManager transactions, ProgressTracker tracker) {
        this.plugins = plugins;
        this.tracker = tracker;
        this.templates = templates;
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StartupStage stage() {
        return StartupStage.PLUGIN_ANSWER_MIGRATION;
    }

    @Override
    public void run() {
        int migrated = migrate(plugins);
        if (migrated > 0) {
            log.info("Migrated {} stored plugin answers to their plugins' current formats", migrated);
        }
    }

    /** Migrates every stored answer of the given plugins' section types; returns how many changed. */
    public int migrate(SectionTypeService installed) {
        int migrated = 0;
        for (GuardedSectionType type : installed.running()) {
            try {
                migrated += SystemScope.call(() -> transaction.execute(status -> migrate(type, installed)));
            } catch (PluginUnavailable e) {
                log.error("Answers of {} were not migrated: the plugin failed", type.id());
            }
        }
        return migrated;
    }

    private int migrate(GuardedSectionType type, SectionTypeService installed) {
        int format = type.answerFormat();
        int migrated = 0;
        for (TemplateVersion version : templates.releasedUsingSectionType(type.id())) {
            PublishedQuestionnaire questionnaire = PublishedQuestionnaire.of(version.definition(), installed::type);
            for (Section section : version.definition().sections()) {
                if (section.plugin() == null || !type.id().equals(section.plugin().pluginId())) {
                    continue;
                }
                for (var stored : answers.findBelowFormat(version.id(), section.key(), format)) {
                    JsonNode value = type.migrateAnswer(stored.value(), stored.format());
                    if (answers.migrate(stored, value, format, ACTOR)) {
                        answers.recordChange(stored.assignmentId(), stored.country(), stored.key(), stored.value(),
                                value, ACTOR, HistoryWords.migratedBy(type.pluginId(), type.pluginVersion(),
                                        stored.format(), format));
                        tracker.refresh(stored.assignmentId(), stored.country(), questionnaire, installed);
                        migrated++;
                    }
                }
            }
        }
        return migrated;
    }
}

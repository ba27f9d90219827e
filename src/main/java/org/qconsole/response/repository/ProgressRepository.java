package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ANSWER;
import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;
import static org.qconsole.jooq.Tables.SECTION_PROGRESS;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.questionnaire.Progress;
import org.springframework.stereotype.Repository;

/**
 * Recorded completion: one row per response ({@code response_progress}, with the stamp of the formula
 * and plugins that computed it) and one per section of it ({@code section_progress}), always written
 * together. Under row-level security like all country data.
 */
@Repository
public class ProgressRepository {

    private final DSLContext dsl;

    public ProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a response's completion, overall and per section, stamped with the formula that computed it. */
    public void save(long assignmentId, String country, Progress progress, String formula) {
        dsl.insertInto(RESPONSE_PROGRESS)
                .set(RESPONSE_PROGRESS.ASSIGNMENT_ID, assignmentId).set(RESPONSE_PROGRESS.COUNTRY, country)
                .set(RESPONSE_PROGRESS.ANSWERED, progress.answered()).set(RESPONSE_PROGRESS.REQUIRED, progress.required())
                .set(RESPONSE_PROGRESS.FORMULA, formula)
                .onConflict(RESPONSE_PROGRESS.ASSIGNMENT_ID).doUpdate()
                .set(RESPONSE_PROGRESS.ANSWERED, progress.answered())
                .set(RESPONSE_PROGRESS.REQUIRED, progress.required())
                .set(RESPONSE_PROGRESS.FORMULA, formula)
                .set(RESPONSE_PROGRESS.UPDATED_AT, OffsetDateTime.now())
                .execute();
        saveSections(assignmentId, country, progress.sections());
    }

    /** All sections in one statement (a published version's sections never change, so no row goes stale). */
    private void saveSections(long assignmentId, String country, List<Progress.SectionProgress> sections) {
        if (sections.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(SECTION_PROGRESS, SECTION_PROGRESS.ASSIGNMENT_ID, SECTION_PROGRESS.COUNTRY,
                SECTION_PROGRESS.SECTION_KEY, SECTION_PROGRESS.ANSWERED, SECTION_PROGRESS.REQUIRED);
        for (Progress.SectionProgress section : sections) {
            insert = insert.values(assignmentId, country, section.section().key(), section.answered(),
                    section.required());
        }
        insert.onConflict(SECTION_PROGRESS.ASSIGNMENT_ID, SECTION_PROGRESS.SECTION_KEY).doUpdate()
                .set(SECTION_PROGRESS.ANSWERED, DSL.excluded(SECTION_PROGRESS.ANSWERED))
                .set(SECTION_PROGRESS.REQUIRED, DSL.excluded(SECTION_PROGRESS.REQUIRED))
                .execute();
    }

    /** A response with answers whose recorded completion is missing or was computed by another formula. */
    public record OutdatedProgress(long assignmentId, String country, long templateVersionId) {
    }

    public List<OutdatedProgress> findOutdated(String currentFormula) {
        return dsl.selectDistinct(ASSIGNMENT.ID, ASSIGNMENT.COUNTRY, CAMPAIGN.TEMPLATE_VERSION_ID)
                .from(ASSIGNMENT).join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID))
                .whereExists(DSL.selectOne().from(ANSWER).where(ANSWER.ASSIGNMENT_ID.eq(ASSIGNMENT.ID)))
                .andNotExists(DSL.selectOne().from(RESPONSE_PROGRESS)
                        .where(RESPONSE_PROGRESS.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                        .and(RESPONSE_PROGRESS.FORMULA.eq(currentFormula)))
                .fetch(r -> new OutdatedProgress(r.value1(), r.value2(), r.value3()));
    }
}

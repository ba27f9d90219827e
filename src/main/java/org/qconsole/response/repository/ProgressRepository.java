package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ANSWER;
import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.common.repository.PreparedSql;
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

    /**
     * Records a response's completion, overall and per section, stamped with the formula that computed it:
     * one statement (the response's row in a data-modifying CTE, its sections' rows from arrays), so that
     * recording costs a save one round trip however many sections there are. A published version's
     * sections never change, so no section row goes stale. A section whose figures stay the same (most
     * saves change one section at most) is left alone, which spares PostgreSQL a row version each.
     */
    public void save(long assignmentId, String country, Progress progress, String formula) {
        List<Progress.SectionProgress> sections = progress.sections();
        RECORD.execute(dsl, (record, connection) -> {
            record.setLong(1, assignmentId);
            record.setString(2, country);
            record.setInt(3, progress.answered());
            record.setInt(4, progress.required());
            record.setString(5, formula);
            record.setArray(6, connection.createArrayOf("text", sections.stream().map(s -> s.section().key()).toArray()));
            record.setArray(7, connection.createArrayOf("integer",
                    sections.stream().map(Progress.SectionProgress::answered).toArray()));
            record.setArray(8, connection.createArrayOf("integer",
                    sections.stream().map(Progress.SectionProgress::required).toArray()));
        });
    }

    /** A {@link PreparedSql}, run on every save (see AnswerRepository.write). */
    private static final PreparedSql RECORD = PreparedSql.of("""
                WITH response AS (
                  INSERT INTO response_progress AS p (assignment_id, country, answered, required, formula)
                  VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT (assignment_id) DO UPDATE SET answered = excluded.answered,
                    required = excluded.required, formula = excluded.formula, updated_at = now()
                  RETURNING p.assignment_id, p.country)
                INSERT INTO section_progress (assignment_id, country, section_key, answered, required)
                SELECT response.assignment_id, response.country, section.key, section.answered, section.required
                FROM response CROSS JOIN unnest(?::text[], ?::int[], ?::int[]) AS section (key, answered, required)
                ON CONFLICT (assignment_id, section_key) DO UPDATE SET answered = excluded.answered,
                  required = excluded.required
                  WHERE (section_progress.answered, section_progress.required)
                    IS DISTINCT FROM (excluded.answered, excluded.required)""");

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

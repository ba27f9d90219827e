package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ANSWER;
import static org.qconsole.jooq.Tables.ANSWER_CHANGE;
import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.qconsole.common.repository.JsonColumns;
import org.qconsole.common.repository.PreparedSql;
import org.qconsole.response.StoredAnswer;
import org.springframework.stereotype.Repository;

/** Answers by assignment and question key, under row-level security like all country data. */
@Repository
public class AnswerRepository {

    private final DSLContext dsl;

    public AnswerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, StoredAnswer> findAll(long assignmentId) {
        return dsl.selectFrom(ANSWER).where(ANSWER.ASSIGNMENT_ID.eq(assignmentId)).fetch().stream()
                .map(AnswerRepository::toAnswer)
                .collect(Collectors.toMap(StoredAnswer::questionKey, a -> a));
    }

    /** The answer values of several responses at once, by assignment id and question key. */
    public Map<Long, Map<String, JsonNode>> valuesOf(Collection<Long> assignmentIds) {
        Map<Long, Map<String, JsonNode>> values = new HashMap<>();
        dsl.select(ANSWER.ASSIGNMENT_ID, ANSWER.QUESTION_KEY, ANSWER.VALUE).from(ANSWER)
                .where(ANSWER.ASSIGNMENT_ID.in(assignmentIds))
                .forEach(r -> values.computeIfAbsent(r.value1(), id -> new HashMap<>())
                        .put(r.value2(), JsonColumns.read(r.value3())));
        return values;
    }

    /** The answer values of one response by question key. */
    public Map<String, JsonNode> values(long assignmentId) {
        return valuesOf(List.of(assignmentId)).getOrDefault(assignmentId, Map.of());
    }

    public Optional<StoredAnswer> find(long assignmentId, String key) {
        return dsl.selectFrom(ANSWER).where(ANSWER.ASSIGNMENT_ID.eq(assignmentId)).and(ANSWER.QUESTION_KEY.eq(key))
                .fetchOptional().map(AnswerRepository::toAnswer);
    }

    /** What one save wrote: the answer as stored now, and every answer value of its response after the save. */
    public record Written(StoredAnswer answer, Map<String, JsonNode> values) {
    }

    /**
     * Saves an answer if it is still at the expected revision (0: not answered yet), with its history row,
     * in one statement (one round trip): the answer's old value, the write, the history row and the other
     * answers of the response (for its completion) are data-modifying and reading parts of one query, all
     * under the same row-level security. A {@link PreparedSql}: jOOQ's plain-SQL templating scanned this
     * text on every call, half of a save's CPU.
     * Nothing is written when the section is not the user's to change now (the database's {@code section_closed},
     * in the same statement). Empty when someone else changed or first gave the answer, or the section is closed.
     *
     * @param source where a value not typed came from (null when typed)
     * @param sectionKey the section the answer is in
     * @param focalPoint whether the user is the country's focal point (who changes every section not approved)
     */
    public Optional<Written> write(long assignmentId, String country, String key, JsonNode value,
            int expectedRevision, String actor, Integer format, String source, String sectionKey,
            boolean focalPoint) {
        return WRITE.fetchOptional(dsl, (write, connection) -> {
            write.setLong(1, assignmentId);
            write.setString(2, country);
            write.setString(3, key);
            write.setString(4, value.toString());
            write.setInt(5, expectedRevision);
            write.setString(6, actor);
            write.setObject(7, format, Types.SMALLINT);
            write.setString(8, source);
            write.setString(9, sectionKey);
            write.setBoolean(10, focalPoint);
        }, saved -> written(saved, key, value));
    }

    private static final PreparedSql WRITE = PreparedSql.of("""
                WITH given AS (
                  SELECT ?::bigint AS assignment_id, ?::char(3) AS country, ?::varchar AS question_key,
                    ?::jsonb AS value, ?::int AS expected, ?::varchar AS actor, ?::smallint AS format,
                    ?::varchar AS source, ?::varchar AS section_key, ?::boolean AS focal_point),
                input AS (
                  SELECT * FROM given g
                  WHERE section_closed(g.assignment_id, g.actor, g.focal_point, g.section_key) IS NULL),
                before AS (
                  SELECT a.value FROM answer a JOIN input i USING (assignment_id, question_key)),
                inserted AS (
                  INSERT INTO answer (assignment_id, country, question_key, value, updated_by, format)
                  SELECT assignment_id, country, question_key, value, actor, format FROM input WHERE expected = 0
                  ON CONFLICT (assignment_id, question_key) DO NOTHING
                  RETURNING revision, updated_by, updated_at),
                updated AS (
                  UPDATE answer a SET value = i.value, format = i.format, revision = a.revision + 1,
                    updated_at = now(), updated_by = i.actor
                  FROM input i
                  WHERE i.expected <> 0 AND a.assignment_id = i.assignment_id AND a.question_key = i.question_key
                    AND a.revision = i.expected
                  RETURNING a.revision, a.updated_by, a.updated_at),
                saved AS (
                  SELECT * FROM inserted UNION ALL SELECT * FROM updated),
                change AS (
                  INSERT INTO answer_change (assignment_id, country, question_key, old_value, new_value, actor,
                    source)
                  SELECT i.assignment_id, i.country, i.question_key, (SELECT value FROM before), i.value, i.actor,
                    i.source
                  FROM input i CROSS JOIN saved
                  RETURNING id)
                SELECT saved.revision, saved.updated_by, saved.updated_at,
                  (SELECT jsonb_object_agg(o.question_key, o.value) FROM answer o JOIN input i
                     ON o.assignment_id = i.assignment_id AND o.question_key <> i.question_key) AS others
                FROM saved""");

    /** The statement's reads see the response as it was before it: the other answers, plus this one. */
    private static Written written(ResultSet saved, String key, JsonNode value) throws SQLException {
        Map<String, JsonNode> values = new HashMap<>();
        String others = saved.getString("others");
        if (others != null) {
            JsonColumns.read(JSONB.valueOf(others)).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        }
        values.put(key, value);
        return new Written(new StoredAnswer(key, value, saved.getInt("revision"), saved.getString("updated_by"),
                saved.getObject("updated_at", OffsetDateTime.class).toInstant()), values);
    }

    /** A stored answer of a plugin section, with its format (null: written before formats were kept, i.e. 1). */
    public record FormattedAnswer(long assignmentId, String country, String key, JsonNode value, int revision,
            int format) {
    }

    /** The answers to this key in responses to this template version stored in a format below {@code format}. */
    public List<FormattedAnswer> findBelowFormat(long templateVersionId, String key, int format) {
        return dsl.select(ANSWER.ASSIGNMENT_ID, ANSWER.COUNTRY, ANSWER.QUESTION_KEY, ANSWER.VALUE, ANSWER.REVISION,
                        ANSWER.FORMAT)
                .from(ANSWER)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(ANSWER.ASSIGNMENT_ID))
                .join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID))
                .where(CAMPAIGN.TEMPLATE_VERSION_ID.eq(templateVersionId))
                .and(ANSWER.QUESTION_KEY.eq(key))
                .and(DSL.coalesce(ANSWER.FORMAT, DSL.val((short) 1)).lt((short) format))
                .fetch(r -> new FormattedAnswer(r.value1(), r.value2(), r.value3(), JsonColumns.read(r.value4()),
                        r.value5(), r.value6() == null ? 1 : r.value6()));
    }

    /** Replaces an answer by its migration to a newer format, if it was not changed meanwhile. */
    public boolean migrate(FormattedAnswer answer, JsonNode value, int format, String actor) {
        return dsl.update(ANSWER)
                .set(ANSWER.VALUE, JsonColumns.write(value))
                .set(ANSWER.FORMAT, (short) format)
                .set(ANSWER.REVISION, ANSWER.REVISION.plus(1))
                .set(ANSWER.UPDATED_AT, OffsetDateTime.now())
                .set(ANSWER.UPDATED_BY, actor)
                .where(ANSWER.ASSIGNMENT_ID.eq(answer.assignmentId()))
                .and(ANSWER.QUESTION_KEY.eq(answer.key()))
                .and(ANSWER.REVISION.eq(answer.revision()))
                .execute() == 1;
    }

    /** Records an answer change; {@code source} says where a value not typed came from (null when typed). */
    public void recordChange(long assignmentId, String country, String key, JsonNode oldValue, JsonNode newValue,
            String actor, String source) {
        dsl.insertInto(ANSWER_CHANGE)
                .set(ANSWER_CHANGE.ASSIGNMENT_ID, assignmentId)
                .set(ANSWER_CHANGE.COUNTRY, country)
                .set(ANSWER_CHANGE.QUESTION_KEY, key)
                .set(ANSWER_CHANGE.OLD_VALUE, JsonColumns.write(oldValue))
                .set(ANSWER_CHANGE.NEW_VALUE, JsonColumns.write(newValue))
                .set(ANSWER_CHANGE.ACTOR, actor)
                .set(ANSWER_CHANGE.SOURCE, source)
                .execute();
    }

    private static StoredAnswer toAnswer(Record r) {
        return new StoredAnswer(r.get(ANSWER.QUESTION_KEY), JsonColumns.read(r.get(ANSWER.VALUE)),
                r.get(ANSWER.REVISION), r.get(ANSWER.UPDATED_BY), r.get(ANSWER.UPDATED_AT).toInstant());
    }
}

package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ANSWER;
import static org.qconsole.jooq.Tables.ANSWER_CHANGE;
import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.qconsole.common.repository.JsonColumns;
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

    /** Inserts the first answer to a question; false when someone answered it first. */
    public boolean insert(long assignmentId, String country, String key, JsonNode value, String actor,
            Integer format) {
        return dsl.insertInto(ANSWER)
                .set(ANSWER.ASSIGNMENT_ID, assignmentId)
                .set(ANSWER.COUNTRY, country)
                .set(ANSWER.QUESTION_KEY, key)
                .set(ANSWER.VALUE, JsonColumns.write(value))
                .set(ANSWER.UPDATED_BY, actor)
                .set(ANSWER.FORMAT, format == null ? null : format.shortValue())
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Changes an answer if it is still at the expected revision; false otherwise. */
    public boolean update(long assignmentId, String key, int expectedRevision, JsonNode value, String actor,
            Integer format) {
        return dsl.update(ANSWER)
                .set(ANSWER.FORMAT, format == null ? null : format.shortValue())
                .set(ANSWER.VALUE, JsonColumns.write(value))
                .set(ANSWER.REVISION, ANSWER.REVISION.plus(1))
                .set(ANSWER.UPDATED_AT, OffsetDateTime.now())
                .set(ANSWER.UPDATED_BY, actor)
                .where(ANSWER.ASSIGNMENT_ID.eq(assignmentId))
                .and(ANSWER.QUESTION_KEY.eq(key))
                .and(ANSWER.REVISION.eq(expectedRevision))
                .execute() == 1;
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

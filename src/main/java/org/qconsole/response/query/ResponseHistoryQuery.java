package org.qconsole.response.query;

import static org.qconsole.jooq.Tables.ANSWER_CHANGE;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.qconsole.common.repository.JsonColumns;
import org.springframework.stereotype.Repository;

/** What happened to a response, as recorded: answer changes and status changes (under row-level security). */
@Repository
public class ResponseHistoryQuery {

    private final DSLContext dsl;

    public ResponseHistoryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One recorded answer change; {@code before} is null for a first answer, {@code source} for a typed one. */
    public record AnswerChangeRow(Instant at, String actor, String questionKey, JsonNode before, JsonNode after,
            String source) {
    }

    /** One recorded step of the assignment (assigned, started, submitted, returned, ...). */
    public record EventRow(Instant at, String actor, String action, String detail) {
    }

    public List<AnswerChangeRow> answerChanges(long assignmentId) {
        return dsl.selectFrom(ANSWER_CHANGE).where(ANSWER_CHANGE.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(ANSWER_CHANGE.AT, ANSWER_CHANGE.ID)
                .fetch(r -> new AnswerChangeRow(r.getAt().toInstant(), r.getActor(), r.getQuestionKey(),
                        JsonColumns.read(r.getOldValue()), JsonColumns.read(r.getNewValue()), r.getSource()));
    }

    public List<EventRow> events(long assignmentId) {
        return dsl.selectFrom(ASSIGNMENT_EVENT).where(ASSIGNMENT_EVENT.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(ASSIGNMENT_EVENT.AT, ASSIGNMENT_EVENT.ID)
                .fetch(r -> new EventRow(r.getAt().toInstant(), r.getActor(), r.getAction(), r.getDetail()));
    }
}

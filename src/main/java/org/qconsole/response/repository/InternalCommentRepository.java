package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.INTERNAL_COMMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.qconsole.response.InternalComment;
import org.springframework.stereotype.Repository;

/** Comments between a country's colleagues on the questions of its responses: country data under row-level security. */
@Repository
public class InternalCommentRepository {

    private final DSLContext dsl;

    public InternalCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param threadId the thread's first comment, or {@code null} to start a thread */
    public long insert(long assignmentId, String country, String questionKey, Long threadId, String text,
            String author) {
        return dsl.insertInto(INTERNAL_COMMENT)
                .set(INTERNAL_COMMENT.ASSIGNMENT_ID, assignmentId).set(INTERNAL_COMMENT.COUNTRY, country)
                .set(INTERNAL_COMMENT.QUESTION_KEY, questionKey).set(INTERNAL_COMMENT.THREAD_ID, threadId)
                .set(INTERNAL_COMMENT.BODY, text).set(INTERNAL_COMMENT.AUTHOR, author)
                .returning(INTERNAL_COMMENT.ID).fetchOne(INTERNAL_COMMENT.ID);
    }

    /** A response's comments in the order they were written. */
    public List<InternalComment> ofResponse(long assignmentId) {
        return dsl.selectFrom(INTERNAL_COMMENT).where(INTERNAL_COMMENT.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(INTERNAL_COMMENT.ID).fetch(InternalCommentRepository::comment);
    }

    /** A comment of this response; empty for one of another response (or another State's). */
    public Optional<InternalComment> find(long assignmentId, long commentId) {
        return dsl.selectFrom(INTERNAL_COMMENT).where(INTERNAL_COMMENT.ID.eq(commentId))
                .and(INTERNAL_COMMENT.ASSIGNMENT_ID.eq(assignmentId)).fetchOptional(InternalCommentRepository::comment);
    }

    private static InternalComment comment(Record r) {
        return new InternalComment(r.get(INTERNAL_COMMENT.ID), r.get(INTERNAL_COMMENT.QUESTION_KEY),
                Optional.ofNullable(r.get(INTERNAL_COMMENT.THREAD_ID)), r.get(INTERNAL_COMMENT.BODY),
                r.get(INTERNAL_COMMENT.AUTHOR), r.get(INTERNAL_COMMENT.WRITTEN_AT).toInstant());
    }
}

package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.REVIEW_COMMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.qconsole.response.ReviewComment;
import org.springframework.stereotype.Repository;

/** Review comments on answers: country data under row-level security, append-only for the console. */
@Repository
public class ReviewCommentRepository {

    private final DSLContext dsl;

    public ReviewCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long assignmentId, String country, String questionKey, String comment, String author) {
        dsl.insertInto(REVIEW_COMMENT)
                .set(REVIEW_COMMENT.ASSIGNMENT_ID, assignmentId)
                .set(REVIEW_COMMENT.COUNTRY, country)
                .set(REVIEW_COMMENT.QUESTION_KEY, questionKey)
                .set(REVIEW_COMMENT.COMMENT, comment)
                .set(REVIEW_COMMENT.AUTHOR, author)
                .execute();
    }

    public List<ReviewComment> findAll(long assignmentId) {
        return dsl.selectFrom(REVIEW_COMMENT).where(REVIEW_COMMENT.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(REVIEW_COMMENT.AT, REVIEW_COMMENT.ID)
                .fetch(r -> new ReviewComment(r.getQuestionKey(), r.getComment(), r.getAuthor(), r.getAt().toInstant()));
    }
}

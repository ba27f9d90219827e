package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.SECTION_REVIEW;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.qconsole.response.SectionReview;
import org.qconsole.response.SectionReview.State;
import org.springframework.stereotype.Repository;

/** Where each section of a country's responses stands in its internal review: country data under row-level security. */
@Repository
public class SectionReviewRepository {

    private final DSLContext dsl;

    public SectionReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The sections of a response that have been through a step of review, by key (the others are drafts). */
    public Map<String, SectionReview> ofResponse(long assignmentId) {
        Map<String, SectionReview> reviews = new LinkedHashMap<>();
        dsl.selectFrom(SECTION_REVIEW).where(SECTION_REVIEW.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(SECTION_REVIEW.SECTION_KEY)
                .forEach(r -> reviews.put(r.getSectionKey(), new SectionReview(r.getSectionKey(),
                        State.fromDb(r.getState()), r.getComment(), r.getChangedBy(), r.getChangedAt().toInstant())));
        return reviews;
    }

    /** Records the section's new step (the caller holds the response's lock and checked the step). */
    public void record(long assignmentId, String country, String sectionKey, State state, String comment,
            String actor) {
        dsl.insertInto(SECTION_REVIEW)
                .set(SECTION_REVIEW.ASSIGNMENT_ID, assignmentId).set(SECTION_REVIEW.COUNTRY, country)
                .set(SECTION_REVIEW.SECTION_KEY, sectionKey).set(SECTION_REVIEW.STATE, state.dbValue())
                .set(SECTION_REVIEW.COMMENT, comment).set(SECTION_REVIEW.CHANGED_BY, actor)
                .onConflict(SECTION_REVIEW.ASSIGNMENT_ID, SECTION_REVIEW.SECTION_KEY).doUpdate()
                .set(SECTION_REVIEW.STATE, state.dbValue()).set(SECTION_REVIEW.COMMENT, comment)
                .set(SECTION_REVIEW.CHANGED_BY, actor).set(SECTION_REVIEW.CHANGED_AT, java.time.OffsetDateTime.now())
                .execute();
    }

    /** Approves each of these sections of a response (on submission, in one step). */
    public void approveAll(long assignmentId, String country, Collection<String> sectionKeys, String actor) {
        sectionKeys.forEach(key -> record(assignmentId, country, key, State.APPROVED, "", actor));
    }

    /** Every section of the response back to draft (the secretariat returned or reopened it: to be answered again). */
    public void backToDraft(long assignmentId, String actor) {
        dsl.update(SECTION_REVIEW).set(SECTION_REVIEW.STATE, State.DRAFT.dbValue()).set(SECTION_REVIEW.COMMENT, "")
                .set(SECTION_REVIEW.CHANGED_BY, actor).set(SECTION_REVIEW.CHANGED_AT, java.time.OffsetDateTime.now())
                .where(SECTION_REVIEW.ASSIGNMENT_ID.eq(assignmentId))
                .and(SECTION_REVIEW.STATE.ne(State.DRAFT.dbValue())).execute();
    }
}

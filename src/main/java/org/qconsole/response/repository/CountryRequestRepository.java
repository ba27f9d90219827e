package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.COUNTRY_REQUEST;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.CountryRequest.Decision;
import org.qconsole.response.CountryRequest.Kind;
import org.springframework.stereotype.Repository;

/**
 * The requests of countries to the secretariat, and the events that record them on the response: country data
 * under row-level security, never deleted; a request is decided once (the update only takes a pending one).
 */
@Repository
public class CountryRequestRepository {

    private final DSLContext dsl;

    public CountryRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return the new request's id; empty when one of this kind already waits for a decision on the response */
    public Optional<Long> insert(long assignmentId, String country, Kind kind, String reason, LocalDate until,
            String actor) {
        return dsl.insertInto(COUNTRY_REQUEST)
                .set(COUNTRY_REQUEST.ASSIGNMENT_ID, assignmentId)
                .set(COUNTRY_REQUEST.COUNTRY, country)
                .set(COUNTRY_REQUEST.KIND, kind.dbValue())
                .set(COUNTRY_REQUEST.REASON, reason)
                .set(COUNTRY_REQUEST.REQUESTED_DEADLINE, until)
                .set(COUNTRY_REQUEST.REQUESTED_BY, actor)
                .onConflictDoNothing()
                .returning(COUNTRY_REQUEST.ID).fetchOptional(COUNTRY_REQUEST.ID);
    }

    /** Records the decision if the request still waits for one; false when it was decided meanwhile. */
    public boolean decide(long requestId, Decision decision, String actor, String comment) {
        return dsl.update(COUNTRY_REQUEST)
                .set(COUNTRY_REQUEST.DECISION, decision.dbValue())
                .set(COUNTRY_REQUEST.DECIDED_BY, actor)
                .set(COUNTRY_REQUEST.DECIDED_AT, OffsetDateTime.now())
                .set(COUNTRY_REQUEST.DECISION_COMMENT, comment)
                .where(COUNTRY_REQUEST.ID.eq(requestId)).and(COUNTRY_REQUEST.DECISION.isNull())
                .execute() == 1;
    }

    /** Records what happened on the response's history. */
    public void recordEvent(long assignmentId, String country, String action, String actor, String detail) {
        dsl.insertInto(ASSIGNMENT_EVENT, ASSIGNMENT_EVENT.ASSIGNMENT_ID, ASSIGNMENT_EVENT.COUNTRY,
                ASSIGNMENT_EVENT.ACTION, ASSIGNMENT_EVENT.ACTOR, ASSIGNMENT_EVENT.DETAIL)
                .values(assignmentId, country, action, actor, detail).execute();
    }

    public Optional<CountryRequest> find(long requestId) {
        return select().where(COUNTRY_REQUEST.ID.eq(requestId)).fetchOptional(CountryRequestRepository::request);
    }

    /** A response's requests, the latest first. */
    public List<CountryRequest> ofAssignment(long assignmentId) {
        return select().where(COUNTRY_REQUEST.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(COUNTRY_REQUEST.REQUESTED_AT.desc(), COUNTRY_REQUEST.ID.desc())
                .fetch(CountryRequestRepository::request);
    }

    /** A campaign's requests: those waiting for a decision first, then the decided; the latest first in each. */
    public List<CountryRequest> ofCampaign(long campaignId) {
        return select().where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(DSL.field(COUNTRY_REQUEST.DECISION.isNull()).desc(), COUNTRY_REQUEST.REQUESTED_AT.desc(),
                        COUNTRY_REQUEST.ID.desc())
                .fetch(CountryRequestRepository::request);
    }

    /** The campaigns with requests waiting for a decision, and how many: the one waiting longest first. */
    public List<CountryRequests.Waiting> waiting() {
        var count = DSL.count();
        var oldest = DSL.min(COUNTRY_REQUEST.REQUESTED_AT);
        return dsl.select(CAMPAIGN.ID, CAMPAIGN.TITLE, count).from(COUNTRY_REQUEST)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(COUNTRY_REQUEST.ASSIGNMENT_ID))
                .join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID))
                .where(COUNTRY_REQUEST.DECISION.isNull()).and(ASSIGNMENT.STATUS.ne("withdrawn"))
                .groupBy(CAMPAIGN.ID, CAMPAIGN.TITLE).orderBy(oldest)
                .fetch(r -> new CountryRequests.Waiting(r.value1(), r.value2(), r.value3()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(COUNTRY_REQUEST.fields()).select(ASSIGNMENT.CAMPAIGN_ID).from(COUNTRY_REQUEST)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(COUNTRY_REQUEST.ASSIGNMENT_ID));
    }

    private static CountryRequest request(Record r) {
        return new CountryRequest(r.get(COUNTRY_REQUEST.ID), r.get(COUNTRY_REQUEST.ASSIGNMENT_ID),
                r.get(ASSIGNMENT.CAMPAIGN_ID), r.get(COUNTRY_REQUEST.COUNTRY),
                Kind.fromDb(r.get(COUNTRY_REQUEST.KIND)), r.get(COUNTRY_REQUEST.REASON),
                Optional.ofNullable(r.get(COUNTRY_REQUEST.REQUESTED_DEADLINE)), r.get(COUNTRY_REQUEST.REQUESTED_BY),
                r.get(COUNTRY_REQUEST.REQUESTED_AT).toInstant(), Decision.fromDb(r.get(COUNTRY_REQUEST.DECISION)),
                Optional.ofNullable(r.get(COUNTRY_REQUEST.DECIDED_BY)),
                Optional.ofNullable(r.get(COUNTRY_REQUEST.DECIDED_AT)).map(OffsetDateTime::toInstant),
                r.get(COUNTRY_REQUEST.DECISION_COMMENT));
    }
}

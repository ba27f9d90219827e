package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** When each response of a campaign was first submitted (from the recorded status changes). */
@Repository
public class SubmissionQuery {

    private final DSLContext dsl;

    public SubmissionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Long, Instant> firstSubmissions(long campaignId) {
        Map<Long, Instant> first = new HashMap<>();
        dsl.select(ASSIGNMENT_EVENT.ASSIGNMENT_ID, DSL.min(ASSIGNMENT_EVENT.AT))
                .from(ASSIGNMENT_EVENT)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(ASSIGNMENT_EVENT.ASSIGNMENT_ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .and(ASSIGNMENT_EVENT.ACTION.eq("submitted"))
                .groupBy(ASSIGNMENT_EVENT.ASSIGNMENT_ID)
                .forEach(r -> first.put(r.value1(), r.value2().toInstant()));
        return first;
    }
}

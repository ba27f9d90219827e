package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.assignment.AssignmentStatus;
import org.springframework.stereotype.Repository;

/** Every campaign's figures in one aggregate over assignments and their recorded completion. */
@Repository
public class OverviewQuery {

    private final DSLContext dsl;

    public OverviewQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The assignments of one campaign in one status.
     *
     * @param percentSum the sum of the recorded completion percentages (rounded down each)
     * @param tracked how many of them have a recorded completion (the others have no answer yet)
     * @param overdue how many are awaited past their deadline
     */
    public record StatusFigures(AssignmentStatus status, long count, long percentSum, long tracked, long overdue) {
    }

    public Map<Long, List<StatusFigures>> byCampaign(LocalDate today) {
        var percent = DSL.when(RESPONSE_PROGRESS.REQUIRED.eq(0), DSL.inline(100))
                .otherwise(RESPONSE_PROGRESS.ANSWERED.mul(100).div(RESPONSE_PROGRESS.REQUIRED));
        var awaited = ASSIGNMENT.STATUS.in(AssignmentStatus.NOT_STARTED.dbValue(),
                AssignmentStatus.IN_PROGRESS.dbValue(), AssignmentStatus.RETURNED.dbValue());
        Map<Long, List<StatusFigures>> figures = new HashMap<>();
        dsl.select(ASSIGNMENT.CAMPAIGN_ID, ASSIGNMENT.STATUS, DSL.count(),
                        DSL.coalesce(DSL.sum(percent), DSL.inline(java.math.BigDecimal.ZERO)),
                        DSL.count(RESPONSE_PROGRESS.ASSIGNMENT_ID),
                        DSL.count().filterWhere(awaited.and(ASSIGNMENT.DEADLINE.lt(today))))
                .from(ASSIGNMENT)
                .leftJoin(RESPONSE_PROGRESS).on(RESPONSE_PROGRESS.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .groupBy(ASSIGNMENT.CAMPAIGN_ID, ASSIGNMENT.STATUS)
                .forEach(r -> figures.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new StatusFigures(
                        AssignmentStatus.fromDb(r.value2()), r.value3(), r.value4().longValue(), r.value5(),
                        r.value6())));
        return figures;
    }
}

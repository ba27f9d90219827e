package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.springframework.stereotype.Repository;

/**
 * Every campaign with its figures in one statement: the campaigns joined to one aggregate over the
 * assignments and their recorded completion.
 */
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

    /** A campaign and its figures per status (statuses without assignments left out). */
    public record CampaignFigures(Campaign campaign, List<StatusFigures> byStatus) {
    }

    /** Every campaign, newest first, as {@code AssignmentService.campaigns} lists them. */
    public List<CampaignFigures> byCampaign(LocalDate today) {
        var percent = DSL.when(RESPONSE_PROGRESS.REQUIRED.eq(0), DSL.inline(100))
                .otherwise(RESPONSE_PROGRESS.ANSWERED.mul(100).div(RESPONSE_PROGRESS.REQUIRED));
        var awaited = ASSIGNMENT.STATUS.in(AssignmentStatus.NOT_STARTED.dbValue(),
                AssignmentStatus.IN_PROGRESS.dbValue(), AssignmentStatus.RETURNED.dbValue());
        var figures = DSL.select(ASSIGNMENT.CAMPAIGN_ID, ASSIGNMENT.STATUS, DSL.count().as("n"),
                        DSL.coalesce(DSL.sum(percent), DSL.inline(BigDecimal.ZERO)).as("percent_sum"),
                        DSL.count(RESPONSE_PROGRESS.ASSIGNMENT_ID).as("tracked"),
                        DSL.count().filterWhere(awaited.and(ASSIGNMENT.DEADLINE.lt(today))).as("overdue"))
                .from(ASSIGNMENT)
                .leftJoin(RESPONSE_PROGRESS).on(RESPONSE_PROGRESS.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .groupBy(ASSIGNMENT.CAMPAIGN_ID, ASSIGNMENT.STATUS)
                .asTable("figures");
        Field<String> status = figures.field(ASSIGNMENT.STATUS);
        Field<Integer> count = figures.field("n", Integer.class);
        Field<BigDecimal> percentSum = figures.field("percent_sum", BigDecimal.class);
        Field<Integer> tracked = figures.field("tracked", Integer.class);
        Field<Integer> overdue = figures.field("overdue", Integer.class);
        List<CampaignFigures> campaigns = new ArrayList<>();
        List<Record> rowsOfOne = new ArrayList<>();
        for (Record r : CampaignColumns.select(dsl, status, count, percentSum, tracked, overdue)
                .leftJoin(figures).on(figures.field(ASSIGNMENT.CAMPAIGN_ID).eq(CAMPAIGN.ID))
                .orderBy(CAMPAIGN.CREATED_AT.desc(), CAMPAIGN.ID.desc())
                .fetch()) {
            if (!rowsOfOne.isEmpty() && !rowsOfOne.get(0).get(CAMPAIGN.ID).equals(r.get(CAMPAIGN.ID))) {
                campaigns.add(campaign(rowsOfOne, status, count, percentSum, tracked, overdue));
                rowsOfOne.clear();
            }
            rowsOfOne.add(r);
        }
        if (!rowsOfOne.isEmpty()) {
            campaigns.add(campaign(rowsOfOne, status, count, percentSum, tracked, overdue));
        }
        return campaigns;
    }

    /** One campaign from its rows (one per status; a single row without status when nothing is assigned). */
    private static CampaignFigures campaign(List<Record> rows, Field<String> status, Field<Integer> count,
            Field<BigDecimal> percentSum, Field<Integer> tracked, Field<Integer> overdue) {
        List<StatusFigures> byStatus = new ArrayList<>();
        int assigned = 0;
        for (Record r : rows) {
            if (r.get(status) != null) {
                byStatus.add(new StatusFigures(AssignmentStatus.fromDb(r.get(status)), r.get(count),
                        r.get(percentSum).longValue(), r.get(tracked), r.get(overdue)));
                assigned += r.get(count);
            }
        }
        return new CampaignFigures(CampaignColumns.campaign(rows.get(0), assigned), byStatus);
    }
}

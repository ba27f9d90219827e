package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;
import static org.qconsole.jooq.Tables.SECTION_PROGRESS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.springframework.stereotype.Repository;

/**
 * One campaign's dashboard in two statements over the completion recorded as answers are saved: the
 * campaign with every assignment's figures, and the per-section sums. Nothing here reads an answer.
 */
@Repository
public class DashboardQuery {

    private final DSLContext dsl;

    public DashboardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One assignment's figures.
     *
     * @param answered recorded answered parts; empty when the response has no answer yet (nothing recorded)
     * @param required recorded required parts; empty likewise
     */
    public record StateFigures(long assignmentId, String country, AssignmentStatus status, LocalDate deadline,
            Optional<Integer> answered, Optional<Integer> required, Optional<Instant> firstSubmitted) {
    }

    /** A campaign with its assignments' figures, by country code. */
    public record CampaignFigures(Campaign campaign, List<StateFigures> states) {
    }

    /**
     * The recorded completion of one section, over the assignments not withdrawn.
     *
     * @param percentSum the sum of the recorded percentages (rounded down each, 100 when nothing is required)
     * @param tracked how many of them have a recorded figure (the others have no answer yet)
     */
    public record SectionFigures(long percentSum, long tracked) {
    }

    public Optional<CampaignFigures> campaign(long campaignId) {
        Field<OffsetDateTime> firstSubmitted = DSL.field(DSL.select(DSL.min(ASSIGNMENT_EVENT.AT))
                .from(ASSIGNMENT_EVENT)
                .where(ASSIGNMENT_EVENT.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .and(ASSIGNMENT_EVENT.ACTION.eq("submitted")));
        Result<Record> rows = CampaignColumns.select(dsl, ASSIGNMENT.ID.as("assignment_id"), ASSIGNMENT.COUNTRY,
                        ASSIGNMENT.STATUS, ASSIGNMENT.DEADLINE.as("assignment_deadline"), RESPONSE_PROGRESS.ANSWERED,
                        RESPONSE_PROGRESS.REQUIRED, firstSubmitted.as("first_submitted"))
                .leftJoin(ASSIGNMENT).on(ASSIGNMENT.CAMPAIGN_ID.eq(CAMPAIGN.ID))
                .leftJoin(RESPONSE_PROGRESS).on(RESPONSE_PROGRESS.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .where(CAMPAIGN.ID.eq(campaignId))
                .orderBy(ASSIGNMENT.COUNTRY)
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<StateFigures> states = new ArrayList<>();
        for (Record r : rows) {
            Long id = r.get("assignment_id", Long.class);
            if (id != null) {
                OffsetDateTime submitted = r.get("first_submitted", OffsetDateTime.class);
                states.add(new StateFigures(id, r.get(ASSIGNMENT.COUNTRY), AssignmentStatus.fromDb(r.get(ASSIGNMENT.STATUS)),
                        r.get("assignment_deadline", LocalDate.class), Optional.ofNullable(r.get(RESPONSE_PROGRESS.ANSWERED)),
                        Optional.ofNullable(r.get(RESPONSE_PROGRESS.REQUIRED)),
                        Optional.ofNullable(submitted).map(OffsetDateTime::toInstant)));
            }
        }
        return Optional.of(new CampaignFigures(CampaignColumns.campaign(rows.get(0), states.size()), states));
    }

    /** Each section's recorded completion over the campaign's assignments not withdrawn, by section key. */
    public Map<String, SectionFigures> sections(long campaignId) {
        var percent = DSL.when(SECTION_PROGRESS.REQUIRED.eq(0), DSL.inline(100))
                .otherwise(SECTION_PROGRESS.ANSWERED.mul(100).div(SECTION_PROGRESS.REQUIRED));
        Map<String, SectionFigures> sections = new HashMap<>();
        dsl.select(SECTION_PROGRESS.SECTION_KEY, DSL.sum(percent), DSL.count())
                .from(SECTION_PROGRESS)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(SECTION_PROGRESS.ASSIGNMENT_ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .and(ASSIGNMENT.STATUS.ne(AssignmentStatus.WITHDRAWN.dbValue()))
                .groupBy(SECTION_PROGRESS.SECTION_KEY)
                .forEach(r -> sections.put(r.value1(), new SectionFigures(r.value2().longValue(), r.value3())));
        return sections;
    }
}

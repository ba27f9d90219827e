package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.RESPONSE_PROGRESS;
import static org.qconsole.jooq.Tables.SECTION_PROGRESS;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jooq.impl.DSL;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.common.repository.PreparedSql;
import org.springframework.stereotype.Repository;

/**
 * One campaign's dashboard in two statements over the completion recorded as answers are saved: the
 * campaign with every assignment's figures, and the per-section sums. Nothing here reads an answer.
 */
@Repository
public class DashboardQuery {

    private final DSLContext dsl;
    /** The campaign with every assignment's figures: a {@link PreparedSql}, as jOOQ's mapping of its rows cost more than the query. */
    private final PreparedSql campaign;
    /** Each section's sums over the campaign: a {@link PreparedSql} likewise. */
    private final PreparedSql sections;

    public DashboardQuery(DSLContext dsl) {
        this.dsl = dsl;
        Field<OffsetDateTime> firstSubmitted = DSL.field(DSL.select(DSL.min(ASSIGNMENT_EVENT.AT))
                .from(ASSIGNMENT_EVENT)
                .where(ASSIGNMENT_EVENT.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .and(ASSIGNMENT_EVENT.ACTION.eq(DSL.inline("submitted"))));
        this.campaign = PreparedSql.of(dsl, CampaignColumns.select(dsl, ASSIGNMENT.ID.as("assignment_id"),
                        ASSIGNMENT.COUNTRY, ASSIGNMENT.STATUS, ASSIGNMENT.DEADLINE.as("assignment_deadline"),
                        RESPONSE_PROGRESS.ANSWERED, RESPONSE_PROGRESS.REQUIRED, firstSubmitted.as("first_submitted"))
                .leftJoin(ASSIGNMENT).on(ASSIGNMENT.CAMPAIGN_ID.eq(CAMPAIGN.ID))
                .leftJoin(RESPONSE_PROGRESS).on(RESPONSE_PROGRESS.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .where(CAMPAIGN.ID.eq(0L))
                .orderBy(ASSIGNMENT.COUNTRY));
        var percent = DSL.when(SECTION_PROGRESS.REQUIRED.eq(DSL.inline(0)), DSL.inline(100))
                .otherwise(SECTION_PROGRESS.ANSWERED.mul(DSL.inline(100)).div(SECTION_PROGRESS.REQUIRED));
        this.sections = PreparedSql.of(dsl, dsl.select(SECTION_PROGRESS.SECTION_KEY, DSL.sum(percent), DSL.count())
                .from(SECTION_PROGRESS)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(SECTION_PROGRESS.ASSIGNMENT_ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(0L))
                .and(ASSIGNMENT.STATUS.ne(DSL.inline(AssignmentStatus.WITHDRAWN.dbValue())))
                .groupBy(SECTION_PROGRESS.SECTION_KEY));
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
        return campaign.fetch(dsl, (query, connection) -> query.setLong(1, campaignId), rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            Campaign campaign = CampaignColumns.campaign(rows);
            List<StateFigures> states = new ArrayList<>();
            do {
                long id = rows.getLong("assignment_id");
                if (!rows.wasNull()) {
                    OffsetDateTime submitted = rows.getObject("first_submitted", OffsetDateTime.class);
                    states.add(new StateFigures(id, rows.getString("country"),
                            AssignmentStatus.fromDb(rows.getString("status")),
                            rows.getObject("assignment_deadline", LocalDate.class), integer(rows, "answered"),
                            integer(rows, "required"), Optional.ofNullable(submitted).map(OffsetDateTime::toInstant)));
                }
            } while (rows.next());
            return Optional.of(new CampaignFigures(campaign.withAssigned(states.size()), states));
        });
    }

    private static Optional<Integer> integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** Each section's recorded completion over the campaign's assignments not withdrawn, by section key. */
    public Map<String, SectionFigures> sections(long campaignId) {
        return sections.fetch(dsl, (query, connection) -> query.setLong(1, campaignId), rows -> {
            Map<String, SectionFigures> figures = new HashMap<>();
            while (rows.next()) {
                figures.put(rows.getString(1), new SectionFigures(rows.getLong(2), rows.getLong(3)));
            }
            return figures;
        });
    }
}

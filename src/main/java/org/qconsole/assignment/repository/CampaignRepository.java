package org.qconsole.assignment.repository;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.TEMPLATE;
import static org.qconsole.jooq.Tables.TEMPLATE_VERSION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.common.repository.PreparedSql;
import org.qconsole.country.MemberState;
import org.qconsole.model.Language;
import org.qconsole.template.TemplateVersion;
import org.springframework.stereotype.Repository;

/**
 * Campaigns and their assignments. Assignment rows are under row-level security: what a query sees
 * depends on the transaction's data scope, whatever its WHERE clause says.
 */
@Repository
public class CampaignRepository {

    private final DSLContext dsl;
    /** Read at the start of every answer save: a {@link PreparedSql}. */
    private final PreparedSql findAssignment;
    /** The same, locking the assignment's row until the transaction ends. */
    private final PreparedSql lockAssignment;

    public CampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
        var assignment = dsl.select(ASSIGNMENT.ID, ASSIGNMENT.CAMPAIGN_ID,
                        CAMPAIGN.TEMPLATE_VERSION_ID, CAMPAIGN.TITLE, CAMPAIGN.CIRCULAR_REFERENCE, ASSIGNMENT.COUNTRY,
                        ASSIGNMENT.DEADLINE, ASSIGNMENT.STATUS, ASSIGNMENT.WITHDRAWN_REASON, CAMPAIGN.HARD_DEADLINE)
                .from(ASSIGNMENT).join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID))
                .where(ASSIGNMENT.ID.eq(0L));
        this.findAssignment = PreparedSql.of(dsl, assignment);
        this.lockAssignment = PreparedSql.of(dsl, assignment.forNoKeyUpdate().of(ASSIGNMENT));
    }

    public long insertCampaign(long versionId, String title, String reference, LocalDate deadline,
            boolean hardDeadline, Collection<Language> languages, String actor) {
        return dsl.insertInto(CAMPAIGN)
                .set(CAMPAIGN.HARD_DEADLINE, hardDeadline)
                .set(CAMPAIGN.LANGUAGES, languages.stream().sorted().map(Language::code).toArray(String[]::new))
                .set(CAMPAIGN.TEMPLATE_VERSION_ID, versionId)
                .set(CAMPAIGN.TITLE, title)
                .set(CAMPAIGN.CIRCULAR_REFERENCE, reference)
                .set(CAMPAIGN.DEADLINE, deadline)
                .set(CAMPAIGN.CREATED_BY, actor)
                .returning(CAMPAIGN.ID).fetchSingle(CAMPAIGN.ID);
    }

    /** Assigns the campaign to each country not assigned yet; returns the new assignments' ids by country. */
    public Map<String, Long> insertAssignments(long campaignId, Collection<String> countries, LocalDate deadline,
            String actor) {
        Map<String, Long> created = new java.util.LinkedHashMap<>();
        for (String country : countries) {
            dsl.insertInto(ASSIGNMENT)
                    .set(ASSIGNMENT.CAMPAIGN_ID, campaignId)
                    .set(ASSIGNMENT.COUNTRY, country)
                    .set(ASSIGNMENT.DEADLINE, deadline)
                    .set(ASSIGNMENT.CREATED_BY, actor)
                    .onConflict(ASSIGNMENT.CAMPAIGN_ID, ASSIGNMENT.COUNTRY).doNothing()
                    .returning(ASSIGNMENT.ID)
                    .fetchOptional(ASSIGNMENT.ID)
                    .ifPresent(id -> created.put(country, id));
        }
        return created;
    }

    public void recordEvent(long assignmentId, String country, String action, String actor, String detail) {
        dsl.insertInto(ASSIGNMENT_EVENT)
                .set(ASSIGNMENT_EVENT.ASSIGNMENT_ID, assignmentId)
                .set(ASSIGNMENT_EVENT.COUNTRY, country)
                .set(ASSIGNMENT_EVENT.ACTION, action)
                .set(ASSIGNMENT_EVENT.ACTOR, actor)
                .set(ASSIGNMENT_EVENT.DETAIL, detail)
                .execute();
    }

    public List<Campaign> findCampaigns() {
        return campaignQuery().orderBy(CAMPAIGN.CREATED_AT.desc(), CAMPAIGN.ID.desc()).fetch(this::toCampaign);
    }

    public Optional<Campaign> findCampaign(long campaignId) {
        return campaignQuery().where(CAMPAIGN.ID.eq(campaignId)).fetchOptional(this::toCampaign);
    }

    /** Assignments of a campaign visible in this transaction's data scope, by country name. */
    public List<AssignmentRow> findAssignments(long campaignId) {
        return assignmentQuery().where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId)).orderBy(ASSIGNMENT.COUNTRY)
                .fetch(this::toRow);
    }

    /** A country's assignments, newest first (the data scope must allow that country). */
    public List<AssignmentRow> findAssignmentsOfCountry(String country) {
        return assignmentQuery().where(ASSIGNMENT.COUNTRY.eq(country)).orderBy(ASSIGNMENT.ID.desc())
                .fetch(this::toRow);
    }

    /**
     * The same country's earlier assignments (created before this one, not withdrawn) of any version of the
     * same template, newest first.
     */
    public List<AssignmentRow> findEarlierOfSameTemplate(long assignmentId) {
        var current = ASSIGNMENT.as("current");
        var currentCampaign = CAMPAIGN.as("current_campaign");
        var currentVersion = TEMPLATE_VERSION.as("current_version");
        var sameTemplate = DSL.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(DSL.select(currentVersion.TEMPLATE_ID)
                        .from(current)
                        .join(currentCampaign).on(currentCampaign.ID.eq(current.CAMPAIGN_ID))
                        .join(currentVersion).on(currentVersion.ID.eq(currentCampaign.TEMPLATE_VERSION_ID))
                        .where(current.ID.eq(assignmentId))));
        return assignmentQuery()
                .where(ASSIGNMENT.COUNTRY.eq(DSL.select(current.COUNTRY).from(current).where(current.ID.eq(assignmentId))))
                .and(ASSIGNMENT.ID.lt(assignmentId))
                .and(ASSIGNMENT.STATUS.ne(AssignmentStatus.WITHDRAWN.dbValue()))
                .and(CAMPAIGN.TEMPLATE_VERSION_ID.in(sameTemplate))
                .orderBy(ASSIGNMENT.ID.desc())
                .fetch(this::toRow);
    }

    public Optional<AssignmentRow> findAssignment(long assignmentId) {
        return findAssignment.fetchOptional(dsl, (query, connection) -> query.setLong(1, assignmentId),
                CampaignRepository::assignmentRow);
    }

    /**
     * The assignment, its row locked until the transaction ends: a concurrent change of its status waits for
     * this transaction, and so does another transaction locking it (the saves of one response, one at a time).
     */
    public Optional<AssignmentRow> lockAssignment(long assignmentId) {
        return lockAssignment.fetchOptional(dsl, (query, connection) -> query.setLong(1, assignmentId),
                CampaignRepository::assignmentRow);
    }

    private static AssignmentRow assignmentRow(ResultSet row) throws SQLException {
        return new AssignmentRow(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getString(6), row.getObject(7, LocalDate.class), AssignmentStatus.fromDb(row.getString(8)),
                row.getString(9), row.getBoolean(10));
    }

    public boolean updateDeadline(long assignmentId, LocalDate deadline) {
        return dsl.update(ASSIGNMENT).set(ASSIGNMENT.DEADLINE, deadline).where(ASSIGNMENT.ID.eq(assignmentId))
                .execute() == 1;
    }

    public boolean withdraw(long assignmentId, String reason) {
        return dsl.update(ASSIGNMENT)
                .set(ASSIGNMENT.STATUS, AssignmentStatus.WITHDRAWN.dbValue())
                .set(ASSIGNMENT.WITHDRAWN_REASON, reason)
                .where(ASSIGNMENT.ID.eq(assignmentId))
                .and(ASSIGNMENT.STATUS.ne(AssignmentStatus.WITHDRAWN.dbValue()))
                .execute() == 1;
    }

    /** An assignment as stored, with its campaign; the country is turned into a member State by the service. */
    public record AssignmentRow(long id, long campaignId, long templateVersionId, String campaignTitle,
            String circularReference, String country, LocalDate deadline, AssignmentStatus status,
            String withdrawnReason, boolean hardDeadline) {

        public Assignment toAssignment(MemberState state) {
            return new Assignment(id, campaignId, templateVersionId, campaignTitle, circularReference, state, deadline,
                    status, Optional.ofNullable(withdrawnReason), hardDeadline);
        }
    }

    private org.jooq.SelectOnConditionStep<Record> campaignQuery() {
        var assigned = DSL.field(DSL.selectCount().from(ASSIGNMENT).where(ASSIGNMENT.CAMPAIGN_ID.eq(CAMPAIGN.ID)));
        return dsl.select(CAMPAIGN.fields()).select(TEMPLATE.CODE, TEMPLATE_VERSION.VERSION_NUMBER, assigned.as("assigned"))
                .from(CAMPAIGN)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(CAMPAIGN.TEMPLATE_VERSION_ID))
                .join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID));
    }

    private org.jooq.SelectOnConditionStep<Record> assignmentQuery() {
        return dsl.select(ASSIGNMENT.fields()).select(CAMPAIGN.TITLE, CAMPAIGN.CIRCULAR_REFERENCE,
                        CAMPAIGN.TEMPLATE_VERSION_ID, CAMPAIGN.HARD_DEADLINE)
                .from(ASSIGNMENT).join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID));
    }

    private Campaign toCampaign(Record r) {
        return new Campaign(r.get(CAMPAIGN.ID), r.get(CAMPAIGN.TEMPLATE_VERSION_ID),
                TemplateVersion.label(r.get(TEMPLATE.CODE), r.get(TEMPLATE_VERSION.VERSION_NUMBER)),
                r.get(CAMPAIGN.TITLE),
                r.get(CAMPAIGN.CIRCULAR_REFERENCE), r.get(CAMPAIGN.DEADLINE), r.get("assigned", Integer.class),
                r.get(CAMPAIGN.CREATED_AT).toInstant(), r.get(CAMPAIGN.CREATED_BY),
                Campaign.languagesOf(r.get(CAMPAIGN.LANGUAGES)), r.get(CAMPAIGN.HARD_DEADLINE));
    }

    private AssignmentRow toRow(Record r) {
        return new AssignmentRow(r.get(ASSIGNMENT.ID), r.get(ASSIGNMENT.CAMPAIGN_ID),
                r.get(CAMPAIGN.TEMPLATE_VERSION_ID), r.get(CAMPAIGN.TITLE),
                r.get(CAMPAIGN.CIRCULAR_REFERENCE), r.get(ASSIGNMENT.COUNTRY), r.get(ASSIGNMENT.DEADLINE),
                AssignmentStatus.fromDb(r.get(ASSIGNMENT.STATUS)), r.get(ASSIGNMENT.WITHDRAWN_REASON),
                r.get(CAMPAIGN.HARD_DEADLINE));
    }
}

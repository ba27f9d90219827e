package org.qconsole.dashboard.query;

import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.TEMPLATE;
import static org.qconsole.jooq.Tables.TEMPLATE_VERSION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.qconsole.assignment.Campaign;
import org.qconsole.template.TemplateVersion;

/**
 * A campaign's own columns with its template's label, read in the same statement as its figures (so a
 * dashboard or the overview is one round trip, not one for the campaigns and one for the figures).
 */
final class CampaignColumns {

    private CampaignColumns() {
    }

    /** Campaign, template version and template joined; the caller adds its figures' columns and joins. */
    static SelectOnConditionStep<Record> select(DSLContext dsl, Field<?>... figures) {
        List<Field<?>> fields = new ArrayList<>(List.of(CAMPAIGN.fields()));
        fields.add(TEMPLATE.CODE);
        fields.add(TEMPLATE_VERSION.VERSION_NUMBER);
        fields.addAll(List.of(figures));
        return dsl.select(fields).from(CAMPAIGN)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(CAMPAIGN.TEMPLATE_VERSION_ID))
                .join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID));
    }

    /** The campaign of a JDBC row read by {@link #select}'s column names; no States counted yet. */
    static Campaign campaign(ResultSet r) throws SQLException {
        return new Campaign(r.getLong(CAMPAIGN.ID.getName()), r.getLong(CAMPAIGN.TEMPLATE_VERSION_ID.getName()),
                TemplateVersion.label(r.getString(TEMPLATE.CODE.getName()),
                        r.getInt(TEMPLATE_VERSION.VERSION_NUMBER.getName())),
                r.getString(CAMPAIGN.TITLE.getName()), r.getString(CAMPAIGN.CIRCULAR_REFERENCE.getName()),
                r.getObject(CAMPAIGN.DEADLINE.getName(), LocalDate.class), 0,
                r.getObject(CAMPAIGN.CREATED_AT.getName(), OffsetDateTime.class).toInstant(),
                r.getString(CAMPAIGN.CREATED_BY.getName()),
                Campaign.languagesOf((String[]) r.getArray(CAMPAIGN.LANGUAGES.getName()).getArray()),
                r.getBoolean(CAMPAIGN.HARD_DEADLINE.getName()));
    }

    /** The campaign of a row, with the number of States it was sent to (counted by the caller). */
    static Campaign campaign(Record r, int assigned) {
        return new Campaign(r.get(CAMPAIGN.ID), r.get(CAMPAIGN.TEMPLATE_VERSION_ID),
                TemplateVersion.label(r.get(TEMPLATE.CODE), r.get(TEMPLATE_VERSION.VERSION_NUMBER)),
                r.get(CAMPAIGN.TITLE),
                r.get(CAMPAIGN.CIRCULAR_REFERENCE), r.get(CAMPAIGN.DEADLINE), assigned,
                r.get(CAMPAIGN.CREATED_AT).toInstant(), r.get(CAMPAIGN.CREATED_BY),
                Campaign.languagesOf(r.get(CAMPAIGN.LANGUAGES)), r.get(CAMPAIGN.HARD_DEADLINE));
    }
}

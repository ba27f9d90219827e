package org.qconsole.template.repository;

import static org.qconsole.jooq.Tables.TEMPLATE_AUDIT;
import static org.qconsole.jooq.Tables.TEMPLATE_VERSION;

import java.util.List;
import org.jooq.DSLContext;
import org.qconsole.template.AuditEntry;
import org.springframework.stereotype.Repository;

/** The append-only trail of what happened to templates. */
@Repository
public class TemplateAuditRepository {

    private final DSLContext dsl;

    public TemplateAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(long templateId, Long versionId, String action, String actor, String detail) {
        dsl.insertInto(TEMPLATE_AUDIT)
                .set(TEMPLATE_AUDIT.TEMPLATE_ID, templateId)
                .set(TEMPLATE_AUDIT.VERSION_ID, versionId)
                .set(TEMPLATE_AUDIT.ACTION, action)
                .set(TEMPLATE_AUDIT.ACTOR, actor)
                .set(TEMPLATE_AUDIT.DETAIL, detail)
                .execute();
    }

    public List<AuditEntry> findByTemplate(long templateId) {
        return dsl.select(TEMPLATE_AUDIT.AT, TEMPLATE_AUDIT.ACTOR, TEMPLATE_AUDIT.ACTION,
                        TEMPLATE_VERSION.VERSION_NUMBER, TEMPLATE_AUDIT.DETAIL)
                .from(TEMPLATE_AUDIT)
                .leftJoin(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(TEMPLATE_AUDIT.VERSION_ID))
                .where(TEMPLATE_AUDIT.TEMPLATE_ID.eq(templateId))
                .orderBy(TEMPLATE_AUDIT.AT.desc(), TEMPLATE_AUDIT.ID.desc())
                .fetch(r -> new AuditEntry(r.value1().toInstant(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}

package org.qconsole.template.repository;

import static org.qconsole.jooq.Tables.TEMPLATE;
import static org.qconsole.jooq.Tables.TEMPLATE_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.JSONB;
import org.jooq.Record;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TemplateVersion.Stamp;
import org.qconsole.template.VersionStatus;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;
import org.springframework.stereotype.Repository;

/** Templates and their versions. Published versions are also protected by a database trigger. */
@Repository
public class TemplateVersionRepository {

    private final DSLContext dsl;

    public TemplateVersionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertTemplate(String code, String actor) {
        return dsl.insertInto(TEMPLATE).set(TEMPLATE.CODE, code).set(TEMPLATE.CREATED_BY, actor)
                .returning(TEMPLATE.ID).fetchSingle(TEMPLATE.ID);
    }

    public Optional<Long> findTemplateId(String code) {
        return dsl.select(TEMPLATE.ID).from(TEMPLATE).where(TEMPLATE.CODE.eq(code)).fetchOptional(TEMPLATE.ID);
    }

    /** Locks the template row, so that two requests cannot both add version n+1. */
    public void lockTemplate(long templateId) {
        dsl.selectFrom(TEMPLATE).where(TEMPLATE.ID.eq(templateId)).forUpdate().fetchSingle();
    }

    public long insertVersion(long templateId, TemplateDefinition definition, String actor, Long basedOnVersionId) {
        int number = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(TEMPLATE_VERSION.VERSION_NUMBER), 0))
                .from(TEMPLATE_VERSION).where(TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId)).fetchSingle().value1() + 1;
        return dsl.insertInto(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.TEMPLATE_ID, templateId)
                .set(TEMPLATE_VERSION.VERSION_NUMBER, number)
                .set(TEMPLATE_VERSION.STATUS, VersionStatus.DRAFT.dbValue())
                .set(TEMPLATE_VERSION.DEFINITION, json(definition))
                .set(TEMPLATE_VERSION.BASED_ON_VERSION_ID, basedOnVersionId)
                .set(TEMPLATE_VERSION.CREATED_BY, actor)
                .set(TEMPLATE_VERSION.UPDATED_BY, actor)
                .returning(TEMPLATE_VERSION.ID).fetchSingle(TEMPLATE_VERSION.ID);
    }

    public Optional<TemplateVersion> find(long versionId) {
        return dsl.select(TEMPLATE_VERSION.fields()).select(TEMPLATE.CODE)
                .from(TEMPLATE_VERSION).join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(TEMPLATE_VERSION.ID.eq(versionId))
                .fetchOptional(TemplateVersionRepository::toVersion);
    }

    public List<TemplateVersion> findAllOfTemplate(long templateId) {
        return dsl.select(TEMPLATE_VERSION.fields()).select(TEMPLATE.CODE)
                .from(TEMPLATE_VERSION).join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId))
                .orderBy(TEMPLATE_VERSION.VERSION_NUMBER)
                .fetch(TemplateVersionRepository::toVersion);
    }

    /** Published and retired versions whose definition has a section of this plugin section type. */
    public List<TemplateVersion> findReleasedUsingSectionType(String sectionTypeId) {
        var usesType = DSL.condition("jsonb_path_exists({0}, '$.sections[*].plugin.pluginId ? (@ == $type)', "
                + "jsonb_build_object('type', {1}::text))", TEMPLATE_VERSION.DEFINITION, DSL.val(sectionTypeId));
        return dsl.selectFrom(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.STATUS.in(VersionStatus.PUBLISHED.dbValue(), VersionStatus.RETIRED.dbValue()))
                .and(usesType)
                .orderBy(TEMPLATE_VERSION.ID)
                .fetch().stream().map(r -> find(r.getId()).orElseThrow()).toList();
    }

    public boolean hasDraft(long templateId) {
        return dsl.fetchExists(TEMPLATE_VERSION, TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId)
                .and(TEMPLATE_VERSION.STATUS.eq(VersionStatus.DRAFT.dbValue())));
    }

    /** Saves a draft's content if it is still a draft at the expected revision; false otherwise. */
    public boolean updateDraft(long versionId, int expectedRevision, TemplateDefinition definition, String actor) {
        return dsl.update(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.DEFINITION, json(definition))
                .set(TEMPLATE_VERSION.REVISION, TEMPLATE_VERSION.REVISION.plus(1))
                .set(TEMPLATE_VERSION.UPDATED_AT, OffsetDateTime.now())
                .set(TEMPLATE_VERSION.UPDATED_BY, actor)
                .where(TEMPLATE_VERSION.ID.eq(versionId))
                .and(TEMPLATE_VERSION.STATUS.eq(VersionStatus.DRAFT.dbValue()))
                .and(TEMPLATE_VERSION.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    public boolean publish(long versionId, String actor) {
        return dsl.update(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.STATUS, VersionStatus.PUBLISHED.dbValue())
                .set(TEMPLATE_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .set(TEMPLATE_VERSION.PUBLISHED_BY, actor)
                .where(TEMPLATE_VERSION.ID.eq(versionId))
                .and(TEMPLATE_VERSION.STATUS.eq(VersionStatus.DRAFT.dbValue()))
                .execute() == 1;
    }

    public boolean retire(long versionId, String actor) {
        return dsl.update(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.STATUS, VersionStatus.RETIRED.dbValue())
                .set(TEMPLATE_VERSION.RETIRED_AT, OffsetDateTime.now())
                .set(TEMPLATE_VERSION.RETIRED_BY, actor)
                .where(TEMPLATE_VERSION.ID.eq(versionId))
                .and(TEMPLATE_VERSION.STATUS.eq(VersionStatus.PUBLISHED.dbValue()))
                .execute() == 1;
    }

    private static JSONB json(TemplateDefinition definition) {
        return JSONB.valueOf(TemplateJson.write(definition));
    }

    private static TemplateVersion toVersion(Record r) {
        return new TemplateVersion(r.get(TEMPLATE_VERSION.ID), r.get(TEMPLATE_VERSION.TEMPLATE_ID), r.get(TEMPLATE.CODE),
                r.get(TEMPLATE_VERSION.VERSION_NUMBER), VersionStatus.fromDb(r.get(TEMPLATE_VERSION.STATUS)),
                definition(r.get(TEMPLATE_VERSION.DEFINITION)), r.get(TEMPLATE_VERSION.REVISION),
                Optional.ofNullable(r.get(TEMPLATE_VERSION.BASED_ON_VERSION_ID)),
                stamp(r.get(TEMPLATE_VERSION.CREATED_BY), r.get(TEMPLATE_VERSION.CREATED_AT)).orElseThrow(),
                stamp(r.get(TEMPLATE_VERSION.UPDATED_BY), r.get(TEMPLATE_VERSION.UPDATED_AT)).orElseThrow(),
                stamp(r.get(TEMPLATE_VERSION.PUBLISHED_BY), r.get(TEMPLATE_VERSION.PUBLISHED_AT)),
                stamp(r.get(TEMPLATE_VERSION.RETIRED_BY), r.get(TEMPLATE_VERSION.RETIRED_AT)));
    }

    private static Optional<Stamp> stamp(String by, OffsetDateTime at) {
        return by == null || at == null ? Optional.empty() : Optional.of(new Stamp(by, at.toInstant()));
    }

    private static TemplateDefinition definition(JSONB json) {
        try {
            return TemplateJson.readDefinition(json.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored template version is not valid template JSON", e);
        }
    }
}

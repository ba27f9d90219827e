package org.qconsole.template.repository;

import static org.qconsole.jooq.Tables.TRANSLATION_SOURCE;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.qconsole.model.Language;
import org.springframework.stereotype.Repository;

/** The English text each translation of a version was made from, by language and text unit. */
@Repository
public class TranslationSourceRepository {

    private final DSLContext dsl;

    public TranslationSourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Unit id → the English its translation into {@code language} was made from. */
    public Map<String, String> sources(long versionId, Language language) {
        return dsl.select(TRANSLATION_SOURCE.UNIT_ID, TRANSLATION_SOURCE.ENGLISH).from(TRANSLATION_SOURCE)
                .where(TRANSLATION_SOURCE.TEMPLATE_VERSION_ID.eq(versionId))
                .and(TRANSLATION_SOURCE.LANGUAGE.eq(language.code()))
                .fetchMap(TRANSLATION_SOURCE.UNIT_ID, TRANSLATION_SOURCE.ENGLISH);
    }

    /** Records (or replaces) the English these units' translations were made from. */
    public void record(long versionId, Language language, Map<String, String> englishByUnit) {
        if (englishByUnit.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(TRANSLATION_SOURCE, TRANSLATION_SOURCE.TEMPLATE_VERSION_ID,
                TRANSLATION_SOURCE.LANGUAGE, TRANSLATION_SOURCE.UNIT_ID, TRANSLATION_SOURCE.ENGLISH);
        for (var entry : englishByUnit.entrySet()) {
            insert = insert.values(versionId, language.code(), entry.getKey(), entry.getValue());
        }
        insert.onConflict(TRANSLATION_SOURCE.TEMPLATE_VERSION_ID, TRANSLATION_SOURCE.LANGUAGE,
                TRANSLATION_SOURCE.UNIT_ID).doUpdate().set(TRANSLATION_SOURCE.ENGLISH,
                org.jooq.impl.DSL.excluded(TRANSLATION_SOURCE.ENGLISH)).execute();
    }

    /** Forgets the sources of units that have no translation any more. */
    public void forget(long versionId, Language language, Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TRANSLATION_SOURCE).where(TRANSLATION_SOURCE.TEMPLATE_VERSION_ID.eq(versionId))
                .and(TRANSLATION_SOURCE.LANGUAGE.eq(language.code()))
                .and(TRANSLATION_SOURCE.UNIT_ID.in(unitIds)).execute();
    }

    /** A new draft keeps what its source version's translations were made from. */
    public void copy(long fromVersionId, long toVersionId) {
        dsl.insertInto(TRANSLATION_SOURCE, TRANSLATION_SOURCE.TEMPLATE_VERSION_ID, TRANSLATION_SOURCE.LANGUAGE,
                        TRANSLATION_SOURCE.UNIT_ID, TRANSLATION_SOURCE.ENGLISH)
                .select(dsl.select(org.jooq.impl.DSL.val(toVersionId), TRANSLATION_SOURCE.LANGUAGE,
                                TRANSLATION_SOURCE.UNIT_ID, TRANSLATION_SOURCE.ENGLISH)
                        .from(TRANSLATION_SOURCE).where(TRANSLATION_SOURCE.TEMPLATE_VERSION_ID.eq(fromVersionId)))
                .execute();
    }
}

package org.qconsole.identity.repository;

import static org.qconsole.jooq.Tables.USER_PREFERENCE;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.qconsole.model.Language;
import org.springframework.stereotype.Repository;

/** Users' own choices, one row per user name. */
@Repository
public class PreferenceRepository {

    private final DSLContext dsl;

    PreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Language> language(String username) {
        return dsl.select(USER_PREFERENCE.LANGUAGE).from(USER_PREFERENCE)
                .where(USER_PREFERENCE.USERNAME.eq(username))
                .fetchOptional(USER_PREFERENCE.LANGUAGE).map(Language::fromCode);
    }

    public void chooseLanguage(String username, Language language) {
        dsl.insertInto(USER_PREFERENCE)
                .set(USER_PREFERENCE.USERNAME, username).set(USER_PREFERENCE.LANGUAGE, language.code())
                .onConflict(USER_PREFERENCE.USERNAME).doUpdate()
                .set(USER_PREFERENCE.LANGUAGE, language.code()).set(USER_PREFERENCE.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}

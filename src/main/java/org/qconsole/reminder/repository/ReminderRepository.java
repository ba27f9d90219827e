package org.qconsole.reminder.repository;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.CAMPAIGN;
import static org.qconsole.jooq.Tables.KNOWN_USER;
import static org.qconsole.jooq.Tables.REMINDER;
import static org.qconsole.jooq.Tables.REMINDER_SETTING;
import static org.qconsole.jooq.Tables.REMINDER_TEXT;
import static org.qconsole.jooq.Tables.USER_PREFERENCE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.model.Language;
import org.qconsole.reminder.ReminderLogEntry;
import org.qconsole.reminder.ReminderSettings;
import org.qconsole.reminder.ReminderText;
import org.springframework.stereotype.Repository;

/** Known users, the reminder settings and the reminder log (the log under row-level security). */
@Repository
public class ReminderRepository {

    private final DSLContext dsl;

    public ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A person a reminder goes to, in their language. */
    public record Recipient(String username, String email, String displayName, Language language) {
    }

    /** @param language the one chosen on the sign-in page, if any */
    public void recordUser(String username, String email, String displayName, String country, boolean focalPoint,
            Language language) {
        String code = language == null ? null : language.code();
        dsl.insertInto(KNOWN_USER)
                .set(KNOWN_USER.USERNAME, username).set(KNOWN_USER.EMAIL, email)
                .set(KNOWN_USER.DISPLAY_NAME, displayName).set(KNOWN_USER.COUNTRY, country)
                .set(KNOWN_USER.FOCAL_POINT, focalPoint).set(KNOWN_USER.LANGUAGE, code)
                .onConflict(KNOWN_USER.USERNAME).doUpdate()
                .set(KNOWN_USER.EMAIL, email).set(KNOWN_USER.DISPLAY_NAME, displayName)
                .set(KNOWN_USER.COUNTRY, country).set(KNOWN_USER.FOCAL_POINT, focalPoint)
                .set(KNOWN_USER.LANGUAGE, code)
                .set(KNOWN_USER.LAST_SEEN, OffsetDateTime.now())
                .execute();
    }

    /**
     * A user of this country who signed in, with an e-mail address, in the language they chose (else on the sign-in
     * page, else English); empty for one who belongs to another country now.
     */
    public Optional<Recipient> knownUser(String username, String country) {
        var language = DSL.coalesce(USER_PREFERENCE.LANGUAGE, KNOWN_USER.LANGUAGE, DSL.inline(Language.EN.code()));
        return dsl.select(KNOWN_USER.USERNAME, KNOWN_USER.EMAIL, KNOWN_USER.DISPLAY_NAME, language)
                .from(KNOWN_USER).leftJoin(USER_PREFERENCE).on(USER_PREFERENCE.USERNAME.eq(KNOWN_USER.USERNAME))
                .where(KNOWN_USER.USERNAME.eq(username)).and(KNOWN_USER.COUNTRY.eq(country))
                .and(KNOWN_USER.EMAIL.isNotNull()).and(KNOWN_USER.EMAIL.ne(""))
                .fetchOptional(r -> new Recipient(r.value1(), r.value2(), r.value3(), Language.fromCode(r.value4())));
    }

    /** The contributors of a country who signed in (focal points left out), by username. */
    public List<Recipient> contributors(String country) {
        return dsl.select(KNOWN_USER.USERNAME, KNOWN_USER.EMAIL, KNOWN_USER.DISPLAY_NAME, KNOWN_USER.LANGUAGE)
                .from(KNOWN_USER).where(KNOWN_USER.COUNTRY.eq(country)).and(KNOWN_USER.FOCAL_POINT.isFalse())
                .orderBy(KNOWN_USER.USERNAME)
                .fetch(r -> new Recipient(r.value1(), r.value2() == null ? "" : r.value2(), r.value3(),
                        r.value4() == null ? Language.EN : Language.fromCode(r.value4())));
    }

    /**
     * The focal points of a country with an e-mail address, as they last signed in, each in the language they chose
     * in the console, else on the sign-in page, else English.
     */
    public List<Recipient> focalPoints(String country) {
        var language = DSL.coalesce(USER_PREFERENCE.LANGUAGE, KNOWN_USER.LANGUAGE, DSL.inline(Language.EN.code()));
        return dsl.select(KNOWN_USER.USERNAME, KNOWN_USER.EMAIL, KNOWN_USER.DISPLAY_NAME, language)
                .from(KNOWN_USER).leftJoin(USER_PREFERENCE).on(USER_PREFERENCE.USERNAME.eq(KNOWN_USER.USERNAME))
                .where(KNOWN_USER.COUNTRY.eq(country)).and(KNOWN_USER.FOCAL_POINT.isTrue())
                .and(KNOWN_USER.EMAIL.isNotNull()).and(KNOWN_USER.EMAIL.ne(""))
                .orderBy(KNOWN_USER.USERNAME)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), Language.fromCode(r.value4())));
    }

    public ReminderSettings settings() {
        var r = dsl.selectFrom(REMINDER_SETTING).where(REMINDER_SETTING.ID.eq((short) 1)).fetchSingle();
        Map<Language, ReminderText> own = new EnumMap<>(Language.class);
        dsl.selectFrom(REMINDER_TEXT).forEach(t -> own.put(Language.fromCode(t.getLanguage()),
                new ReminderText(Language.fromCode(t.getLanguage()), t.getSubject(), t.getBody())));
        return new ReminderSettings(ReminderSettings.parseDays(r.getDaysBefore()), r.getOverdueEveryDays(), own);
    }

    /** Stores the secretariat's own wording; a language in the console's wording keeps no row. */
    public void saveSettings(ReminderSettings settings, String actor) {
        dsl.update(REMINDER_SETTING)
                .set(REMINDER_SETTING.DAYS_BEFORE, settings.daysBeforeText())
                .set(REMINDER_SETTING.OVERDUE_EVERY_DAYS, settings.overdueEveryDays())
                .set(REMINDER_SETTING.UPDATED_BY, actor)
                .set(REMINDER_SETTING.UPDATED_AT, OffsetDateTime.now())
                .where(REMINDER_SETTING.ID.eq((short) 1))
                .execute();
        for (ReminderText text : settings.texts().values()) {
            if (text.isConsoles()) {
                dsl.deleteFrom(REMINDER_TEXT).where(REMINDER_TEXT.LANGUAGE.eq(text.language().code())).execute();
            } else {
                dsl.insertInto(REMINDER_TEXT).set(REMINDER_TEXT.LANGUAGE, text.language().code())
                        .set(REMINDER_TEXT.SUBJECT, text.subject()).set(REMINDER_TEXT.BODY, text.body())
                        .set(REMINDER_TEXT.UPDATED_BY, actor)
                        .onConflict(REMINDER_TEXT.LANGUAGE).doUpdate()
                        .set(REMINDER_TEXT.SUBJECT, text.subject()).set(REMINDER_TEXT.BODY, text.body())
                        .set(REMINDER_TEXT.UPDATED_BY, actor).set(REMINDER_TEXT.UPDATED_AT, OffsetDateTime.now())
                        .execute();
            }
        }
    }

    /**
     * Claims a reminder before sending it: an automatic one only once per assignment, kind and day,
     * whichever console instance comes first. Empty when it was claimed already.
     */
    public Optional<Long> claim(long assignmentId, String country, String kind, LocalDate day, String actor) {
        return dsl.insertInto(REMINDER)
                .set(REMINDER.ASSIGNMENT_ID, assignmentId).set(REMINDER.COUNTRY, country)
                .set(REMINDER.KIND, kind).set(REMINDER.DAY, day).set(REMINDER.SENT_BY, actor)
                .onConflictDoNothing()
                .returning(REMINDER.ID).fetchOptional(REMINDER.ID);
    }

    public void complete(long reminderId, String recipients, String status, String detail) {
        dsl.update(REMINDER).set(REMINDER.RECIPIENTS, recipients).set(REMINDER.STATUS, status)
                .set(REMINDER.DETAIL, detail).where(REMINDER.ID.eq(reminderId)).execute();
    }

    public List<ReminderLogEntry> log(long campaignId) {
        return dsl.select(REMINDER.fields()).from(REMINDER)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(REMINDER.ASSIGNMENT_ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(REMINDER.AT.desc(), REMINDER.ID.desc())
                .fetch(r -> new ReminderLogEntry(r.get(REMINDER.AT).toInstant(), r.get(REMINDER.ASSIGNMENT_ID),
                        r.get(REMINDER.COUNTRY), r.get(REMINDER.KIND), r.get(REMINDER.RECIPIENTS),
                        r.get(REMINDER.STATUS), r.get(REMINDER.DETAIL), r.get(REMINDER.SENT_BY)));
    }

    /** An assignment still awaited from its country, with what a reminder says about it. */
    public record Awaited(long assignmentId, String country, String campaignTitle, String reference,
            LocalDate deadline) {
    }

    /** Every assignment not yet submitted (not started, in progress, returned), of every campaign. */
    public List<Awaited> awaited() {
        return dsl.select(ASSIGNMENT.ID, ASSIGNMENT.COUNTRY, CAMPAIGN.TITLE, CAMPAIGN.CIRCULAR_REFERENCE,
                        ASSIGNMENT.DEADLINE)
                .from(ASSIGNMENT).join(CAMPAIGN).on(CAMPAIGN.ID.eq(ASSIGNMENT.CAMPAIGN_ID))
                .where(ASSIGNMENT.STATUS.in(AssignmentStatus.NOT_STARTED.dbValue(), AssignmentStatus.IN_PROGRESS.dbValue(),
                        AssignmentStatus.RETURNED.dbValue()))
                .orderBy(ASSIGNMENT.ID)
                .fetch(r -> new Awaited(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}

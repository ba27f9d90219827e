package org.qconsole.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.qconsole.model.Language;

/**
 * Days as a language writes them, for pages and e-mails alike: a date from the JDK's CLDR data ("21 December 2026",
 * "21 décembre 2026", "2026年12月21日"; English as in United Nations documents, day, month, year) and the time left
 * before a deadline ("3 days left", "due today", "2 days overdue").
 */
public final class DayWords {

    private DayWords() {
    }

    /** The locale whose formats a language's dates and times follow. */
    public static Locale locale(Language language) {
        return language == Language.EN ? Locale.UK : Locale.forLanguageTag(language.code());
    }

    /** A day, such as a deadline. */
    public static String day(LocalDate date, Language language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language))
                .format(date);
    }

    /** @param days days until the deadline: 0 on the day, negative once overdue */
    public static String timeLeft(long days, Language language) {
        if (days == 0) {
            return Messages.text(language, "common.time.dueToday");
        }
        return days > 0 ? Messages.text(language, "common.time.left", days)
                : Messages.text(language, "common.time.overdue", -days);
    }
}

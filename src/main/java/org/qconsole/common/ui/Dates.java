package org.qconsole.common.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.qconsole.common.DayWords;
import org.qconsole.model.Language;

/**
 * Dates and moments as the page's language writes them, from the JDK's CLDR data: "21 December 2026",
 * "21 décembre 2026", "2026年12月21日". English is written as in United Nations documents (day, month, year).
 * Moments are in UTC, the secretariat's and every State's common clock; the texts around them say so.
 */
public final class Dates {

    private Dates() {
    }

    /** A day, such as a deadline. */
    public static String day(LocalDate date) {
        return DayWords.day(date, language());
    }

    /** A moment in UTC to the minute, such as when an answer was saved: "21 December 2026, 14:05". */
    public static String moment(Instant instant) {
        return moment(instant, FormatStyle.SHORT);
    }

    /** A moment in UTC to the second, for a history where several changes share a minute. */
    public static String momentToTheSecond(Instant instant) {
        return moment(instant, FormatStyle.MEDIUM);
    }

    private static String moment(Instant instant, FormatStyle time) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, time)
                .withLocale(DayWords.locale(language())).withZone(ZoneOffset.UTC).format(instant);
    }

    private static Language language() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? Locale.ENGLISH : ui.getLocale());
    }
}

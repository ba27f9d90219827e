package org.qconsole.reminder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.qconsole.model.Language;

/**
 * When reminders go out and what they say in each language. The texts may use {@code {name}}, {@code {country}},
 * {@code {campaign}}, {@code {reference}}, {@code {deadline}}, {@code {timeLeft}} and {@code {link}}.
 *
 * @param daysBefore remind this many days before the deadline (each), e.g. 14 and 3
 * @param overdueEveryDays when overdue, remind on the first day late and then every this many days
 * @param texts the wording in each of the six languages (the console's own where the secretariat wrote none)
 */
public record ReminderSettings(List<Integer> daysBefore, int overdueEveryDays, Map<Language, ReminderText> texts) {

    public static final List<String> PLACEHOLDERS = List.of("{name}", "{country}", "{campaign}", "{reference}",
            "{deadline}", "{timeLeft}", "{link}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    public ReminderSettings {
        daysBefore = List.copyOf(daysBefore);
        Map<Language, ReminderText> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, texts.containsKey(language) ? texts.get(language) : ReminderText.consoles(language));
        }
        texts = Map.copyOf(all);
    }

    /** What a reminder says in {@code language}. */
    public ReminderText text(Language language) {
        return texts.get(language);
    }

    /** "14, 3" as typed by the secretariat; every problem in words. */
    public static List<Integer> parseDays(String typed) {
        List<Integer> days = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return days;
        }
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int day;
            try {
                day = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw ReminderException.because("reminder.refused.notDays", part.trim());
            }
            if (day < 1 || day > 90) {
                throw ReminderException.because("reminder.refused.daysRange", String.valueOf(day));
            }
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        days.sort(Comparator.reverseOrder());
        return days;
    }

    /** The first {@code {...}} in the text that is none of the {@link #PLACEHOLDERS}, e.g. a misspelt one. */
    public static Optional<String> unknownPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group)
                .filter(found -> !PLACEHOLDERS.contains(found)).findFirst();
    }

    public String daysBeforeText() {
        return String.join(", ", daysBefore.stream().map(String::valueOf).toList());
    }
}

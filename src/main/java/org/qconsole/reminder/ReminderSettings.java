package org.qconsole.reminder;

import java.util.ArrayList;
import java.util.List;

/**
 * When reminders go out and what they say. The texts may use {@code {name}}, {@code {country}},
 * {@code {campaign}}, {@code {reference}}, {@code {deadline}}, {@code {timeLeft}} and {@code {link}}.
 *
 * @param daysBefore remind this many days before the deadline (each), e.g. 14 and 3
 * @param overdueEveryDays when overdue, remind on the first day late and then every this many days
 */
public record ReminderSettings(List<Integer> daysBefore, int overdueEveryDays, String subject, String body) {

    public static final List<String> PLACEHOLDERS = List.of("{name}", "{country}", "{campaign}", "{reference}",
            "{deadline}", "{timeLeft}", "{link}");

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{[^{}]*}");

    public ReminderSettings {
        daysBefore = List.copyOf(daysBefore);
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
                throw new ReminderException("\"" + part.trim() + "\" is not a number of days; write e.g. 14, 3");
            }
            if (day < 1 || day > 90) {
                throw new ReminderException("Days before the deadline must be between 1 and 90 (not " + day + ").");
            }
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        days.sort(java.util.Comparator.reverseOrder());
        return days;
    }

    /** The first {@code {...}} in the text that is none of the {@link #PLACEHOLDERS}, e.g. a misspelt one. */
    public static java.util.Optional<String> unknownPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).results().map(java.util.regex.MatchResult::group)
                .filter(found -> !PLACEHOLDERS.contains(found)).findFirst();
    }

    /** "{name}, {country} ... or {link}", for messages. */
    public static String placeholderList() {
        return String.join(", ", PLACEHOLDERS.subList(0, PLACEHOLDERS.size() - 1)) + " or "
                + PLACEHOLDERS.get(PLACEHOLDERS.size() - 1);
    }

    public String daysBeforeText() {
        return String.join(", ", daysBefore.stream().map(String::valueOf).toList());
    }
}

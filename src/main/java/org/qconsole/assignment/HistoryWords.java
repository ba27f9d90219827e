package org.qconsole.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.common.DayWords;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * What the console writes into a response's history, and how it reads in each language. The history stores
 * events and notes in English words ("deadline extended", "Copied from …"), as it has since the first release,
 * so that every stored row stays readable; this is where those stored forms are made and read back, worded
 * from the bundles ({@code history.event.*}, {@code history.note.*}). A form it does not know, and anything a
 * person typed (a reason, a comment), is shown as stored.
 */
public final class HistoryWords {

    private static final Map<String, String> EVENTS = Map.ofEntries(Map.entry("assigned", "assigned"),
            Map.entry("started", "started"), Map.entry("submitted", "submitted"), Map.entry("accepted", "accepted"),
            Map.entry("returned", "returned"), Map.entry("reopened", "reopened"), Map.entry("withdrawn", "withdrawn"),
            Map.entry("deadline extended", "deadlineExtended"), Map.entry("deadline moved", "deadlineMoved"),
            Map.entry("extension requested", "extensionRequested"), Map.entry("extension granted", "extensionGranted"),
            Map.entry("extension refused", "extensionRefused"), Map.entry("reopening requested", "reopeningRequested"),
            Map.entry("reopening granted", "reopeningGranted"), Map.entry("reopening refused", "reopeningRefused"));
    private static final String FIRST_ANSWER = "First answer saved";
    private static final String APPROVED_ON_SUBMISSION = "Sections approved on submission: ";
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern DEADLINE = Pattern.compile("Deadline " + DATE);
    private static final Pattern ADDED = Pattern.compile("Added to the campaign; deadline " + DATE);
    private static final Pattern MOVED = Pattern.compile(DATE + " → " + DATE + "(?: \\((.*)\\))?", Pattern.DOTALL);
    private static final Pattern UNTIL = Pattern.compile(DATE + ": (.*)", Pattern.DOTALL);
    private static final Pattern COPIED = Pattern.compile("Copied from (.*)", Pattern.DOTALL);
    private static final Pattern MIGRATED = Pattern.compile("Migrated by (\\S+) (\\S+) from answer format (\\d+) to (\\d+)");

    private HistoryWords() {
    }

    /** The keys of the events' words, one for each event the console records. */
    public static List<String> eventKeys() {
        return EVENTS.values().stream().map(key -> "history.event." + key).toList();
    }

    /** The stored note of an answer copied from an earlier response. */
    public static String copiedFrom(String earlierResponse) {
        return "Copied from " + earlierResponse;
    }

    /** The stored note of an answer a plugin migrated to its new format. */
    public static String migratedBy(String pluginId, String pluginVersion, int fromFormat, int toFormat) {
        return "Migrated by " + pluginId + " " + pluginVersion + " from answer format " + fromFormat + " to " + toFormat;
    }

    /** The stored note of a State given a campaign, as it is created or later. */
    public static String assignedWithDeadline(LocalDate deadline, boolean addedLater) {
        return (addedLater ? "Added to the campaign; deadline " : "Deadline ") + deadline;
    }

    /** The stored note of a deadline moved, with why when the console moved it itself. */
    public static String deadlineMoved(LocalDate from, LocalDate to, String why) {
        return from + " → " + to + (why == null ? "" : " (" + why + ")");
    }

    /** The stored note of a response started by its first answer. */
    public static String firstAnswer() {
        return FIRST_ANSWER;
    }

    /** The stored note of a request for more time: the deadline asked for and why. */
    public static String extensionRequested(LocalDate until, String reason) {
        return until + ": " + reason;
    }

    /** The submission's note when it approved the sections not approved yet in one step: "…: I, III". */
    public static String approvedOnSubmission(List<String> sectionNumbers) {
        return APPROVED_ON_SUBMISSION + String.join(", ", sectionNumbers);
    }

    /** What happened ("Deadline extended", « Délai prolongé »). */
    public static String event(String action, Language language) {
        String key = EVENTS.get(action);
        if (key != null) {
            return Messages.text(language, "history.event." + key);
        }
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }

    /** The note of an event: the console's own in words, a person's reason as they typed it. */
    public static String detail(String action, String detail, Language language) {
        if (detail == null) {
            return "";
        }
        try {
            Matcher m;
            if ("assigned".equals(action) && (m = DEADLINE.matcher(detail)).matches()) {
                return Messages.text(language, "history.note.deadline", day(m.group(1), language));
            }
            if ("assigned".equals(action) && (m = ADDED.matcher(detail)).matches()) {
                return Messages.text(language, "history.note.added", day(m.group(1), language));
            }
            if ("submitted".equals(action) && detail.startsWith(APPROVED_ON_SUBMISSION)) {
                return Messages.text(language, "history.note.approvedOnSubmission",
                        detail.substring(APPROVED_ON_SUBMISSION.length()));
            }
            if ("started".equals(action) && FIRST_ANSWER.equals(detail)) {
                return Messages.text(language, "history.note.firstAnswer");
            }
            if ("extension requested".equals(action) && (m = UNTIL.matcher(detail)).matches()) {
                return Messages.text(language, "history.note.until", day(m.group(1), language), m.group(2));
            }
            if (action.startsWith("deadline ") && (m = MOVED.matcher(detail)).matches()) {
                String fromTo = Messages.text(language, "history.note.fromTo", day(m.group(1), language),
                        day(m.group(2), language));
                return m.group(3) == null ? fromTo : fromTo + " (" + m.group(3) + ")";
            }
        } catch (DateTimeParseException e) {
            return detail; // not a date after all: shown as stored
        }
        return detail;
    }

    /** Where an answer not typed came from. */
    public static String source(String source, Language language) {
        if (source == null) {
            return "";
        }
        Matcher m = COPIED.matcher(source);
        if (m.matches()) {
            return Messages.text(language, "history.note.copied", m.group(1));
        }
        m = MIGRATED.matcher(source);
        if (m.matches()) {
            return Messages.text(language, "history.note.migrated", m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return source;
    }

    private static String day(String isoDate, Language language) {
        return DayWords.day(LocalDate.parse(isoDate), language);
    }
}

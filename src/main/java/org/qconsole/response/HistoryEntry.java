package org.qconsole.response;

import java.time.Instant;

/**
 * One line of a response's history: a status change, an answer change (before → after, in words) or a
 * comment of the secretariat.
 *
 * @param question the question's number and text, empty for status changes
 * @param note the comment given with a status change, the review comment, or where a copied answer came from
 */
public record HistoryEntry(Instant at, String actor, Kind kind, String what, String questionKey, String question,
        String before, String after, String note) {

    public enum Kind {
        STATUS, ANSWER, COMMENT
    }
}

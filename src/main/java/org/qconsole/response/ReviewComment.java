package org.qconsole.response;

import java.time.Instant;

/** The secretariat's comment on one answer, shown to the country beside the question. */
public record ReviewComment(String questionKey, String comment, String author, Instant at) {
}

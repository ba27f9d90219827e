package org.qconsole.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A questionnaire sent out: one published template version, to a set of member States, by a deadline.
 *
 * @param templateLabel e.g. {@code ICT-2023 v1}
 * @param assigned how many States it was sent to (withdrawn ones included)
 */
public record Campaign(long id, long templateVersionId, String templateLabel, String title,
        String circularReference, LocalDate deadline, int assigned, Instant createdAt, String createdBy) {

    /** The same campaign sent to this many States (for reads that count them while reading the campaign). */
    public Campaign withAssigned(int states) {
        return new Campaign(id, templateVersionId, templateLabel, title, circularReference, deadline, states,
                createdAt, createdBy);
    }
}

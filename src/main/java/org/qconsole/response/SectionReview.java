package org.qconsole.response;

import java.time.Instant;
import org.qconsole.common.Status;

/**
 * Where one section of a response stands in the country's internal review: its latest step, who took it and when.
 *
 * @param comment the focal point's comment when they sent it back; empty otherwise
 */
public record SectionReview(String sectionKey, State state, String comment, String changedBy, Instant changedAt) {

    public SectionReview {
        comment = comment == null ? "" : comment;
    }

    /** A section's way through the country's review. */
    public enum State implements Status {
        /** Being answered (also every section nobody has marked yet). */
        DRAFT,
        /** A colleague says it is ready for the focal point to review. */
        READY_FOR_REVIEW,
        /** The focal point approved it: locked, until they open it again. */
        APPROVED,
        /** The focal point sent it back with a comment: to be answered again. */
        SENT_BACK;

        @Override
        public String messageKey() {
            return "review.state." + name();
        }

        public String dbValue() {
            return switch (this) {
                case DRAFT -> "draft";
                case READY_FOR_REVIEW -> "ready";
                case APPROVED -> "approved";
                case SENT_BACK -> "sent back";
            };
        }

        public static State fromDb(String value) {
            for (State state : values()) {
                if (state.dbValue().equals(value)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("Unknown review state " + value);
        }
    }
}

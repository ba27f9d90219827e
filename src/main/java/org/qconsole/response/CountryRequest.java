package org.qconsole.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.qconsole.common.Status;

/**
 * What a country's focal point asked the secretariat for on one response, and what the secretariat decided.
 *
 * @param country the State's ISO alpha-3 code
 * @param until for an extension, the deadline asked for
 * @param decidedBy who granted or refused it; empty while it waits
 * @param comment the secretariat's comment with its decision; empty when none was given
 */
public record CountryRequest(long id, long assignmentId, long campaignId, String country, Kind kind, String reason,
        Optional<LocalDate> until, String requestedBy, Instant requestedAt, Decision decision,
        Optional<String> decidedBy, Optional<Instant> decidedAt, String comment) {

    public CountryRequest {
        comment = comment == null ? "" : comment;
    }

    public boolean isPending() {
        return decision == Decision.PENDING;
    }

    /** What can be asked. */
    public enum Kind implements Status {
        /** A later deadline for this State. */
        EXTENSION,
        /** A submitted or accepted response opened again, to correct it. */
        REOPENING;

        @Override
        public String messageKey() {
            return "request.kind." + name();
        }

        public String dbValue() {
            return name().toLowerCase();
        }

        public static Kind fromDb(String value) {
            return valueOf(value.toUpperCase());
        }
    }

    /** Where a request stands: it is decided once. */
    public enum Decision implements Status {
        PENDING, GRANTED, REFUSED;

        @Override
        public String messageKey() {
            return "request.decision." + name();
        }

        /** The stored value; {@code null} while pending. */
        public String dbValue() {
            return this == PENDING ? null : name().toLowerCase();
        }

        public static Decision fromDb(String value) {
            return value == null ? PENDING : valueOf(value.toUpperCase());
        }
    }
}

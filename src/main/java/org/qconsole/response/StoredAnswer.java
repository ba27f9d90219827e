package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An answer as saved: its value, its revision (for conflict detection), and who last changed it, when. */
public record StoredAnswer(String questionKey, JsonNode value, int revision, String updatedBy, Instant updatedAt) {
}

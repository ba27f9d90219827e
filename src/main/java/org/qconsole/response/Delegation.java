package org.qconsole.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Work the focal point gave a colleague of the country: one section of a response, or all of it.
 *
 * @param sectionKey the section assigned; empty when the whole response is
 * @param dueDate the internal date the focal point asked for it by, if any (not the secretariat's deadline)
 * @param message what the focal point wrote to the colleague; empty when nothing
 */
public record Delegation(long id, long assignmentId, Optional<String> sectionKey, String assignee,
        Optional<LocalDate> dueDate, String message, String assignedBy, Instant assignedAt) {

    public Delegation {
        message = message == null ? "" : message;
    }

    public boolean wholeResponse() {
        return sectionKey.isEmpty();
    }

    /** Whether this delegation lets its assignee edit the section {@code key}. */
    public boolean covers(String key) {
        return sectionKey.map(key::equals).orElse(true);
    }
}

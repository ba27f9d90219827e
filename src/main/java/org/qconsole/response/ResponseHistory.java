package org.qconsole.response;

import java.util.List;
import org.qconsole.assignment.Assignment;

/** Everything that happened to one country's response, newest first. */
public record ResponseHistory(Assignment assignment, List<HistoryEntry> entries) {

    public ResponseHistory {
        entries = List.copyOf(entries);
    }
}

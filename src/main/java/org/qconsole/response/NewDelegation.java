package org.qconsole.response;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a focal point assigns in one step: to each of {@code assignees}, either the whole response or each of
 * {@code sectionKeys}.
 *
 * @param dueDate the internal date asked for, or {@code null}
 * @param message a note to the colleagues, or empty
 */
public record NewDelegation(Set<String> assignees, boolean wholeResponse, Set<String> sectionKeys,
        LocalDate dueDate, String message) {

    public NewDelegation {
        assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
        sectionKeys = sectionKeys == null ? Set.of() : Set.copyOf(sectionKeys);
        message = message == null ? "" : message.strip();
    }

    public static NewDelegation sections(Set<String> assignees, Set<String> sectionKeys) {
        return new NewDelegation(assignees, false, sectionKeys, null, "");
    }
}

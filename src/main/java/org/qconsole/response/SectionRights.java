package org.qconsole.response;

import java.util.Set;

/**
 * Which sections of a response the signed-in user may change now. The focal point changes every section while
 * the response is answered; so does a contributor until the focal point assigns work, or when the focal point
 * lets colleagues edit every section; otherwise a contributor changes the sections assigned to them and reads the
 * others.
 *
 * @param ofTheCountry whether the user is one of the response's State (who sees the work given inside it)
 * @param answering whether the response is open to this user's answers at all (the workflow's {@code ANSWER})
 * @param everySection whether every section is theirs to change (while answering)
 * @param assignedToMe the sections assigned to this user (every section when the whole response is), in the
 *     questionnaire's order
 */
public record SectionRights(boolean ofTheCountry, boolean answering, boolean everySection, Set<String> assignedToMe) {

    /** Nothing to change: the secretariat's and managers' view, or a response not open to answers. */
    public static final SectionRights READ_ONLY = new SectionRights(false, false, false, Set.of());

    public SectionRights {
        assignedToMe = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(assignedToMe)); // in order
    }

    public boolean mayEdit(String sectionKey) {
        return answering && (everySection || assignedToMe.contains(sectionKey));
    }
}

package org.qconsole.response;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.qconsole.response.SectionReview.State;

/**
 * Which sections of a response the signed-in user may change now, and where each stands in the country's review.
 * The focal point changes every section while the response is answered; so does a contributor until the focal
 * point gives work, or when the focal point lets colleagues change every section; otherwise a contributor changes
 * the sections given to them and reads the others. Nobody changes an approved section.
 *
 * @param ofTheCountry whether the user is one of the response's State (who sees the work given inside it)
 * @param answering whether the response is open to this user's answers at all (the workflow's {@code ANSWER})
 * @param everySection whether every section is theirs to change (while answering, unless approved)
 * @param assignedToMe the sections assigned to this user (every section when the whole response is), in the
 *     questionnaire's order
 * @param reviews the sections that went through a step of the country's review, by key (the others are drafts);
 *     empty for the secretariat and managers
 */
public record SectionRights(boolean ofTheCountry, boolean answering, boolean everySection, Set<String> assignedToMe,
        Map<String, SectionReview> reviews) {

    /** Nothing to change: the secretariat's and managers' view, or a response not open to answers. */
    public static final SectionRights READ_ONLY = new SectionRights(false, false, false, Set.of(), Map.of());

    public SectionRights {
        assignedToMe = Collections.unmodifiableSet(new LinkedHashSet<>(assignedToMe)); // in order
        reviews = Map.copyOf(reviews);
    }

    public boolean mayEdit(String sectionKey) {
        return answering && state(sectionKey) != State.APPROVED
                && (everySection || assignedToMe.contains(sectionKey));
    }

    /** Whether the section is the user's to answer, approval aside (theirs, or every section is). */
    public boolean isTheirs(String sectionKey) {
        return everySection || assignedToMe.contains(sectionKey);
    }

    public State state(String sectionKey) {
        SectionReview review = reviews.get(sectionKey);
        return review == null ? State.DRAFT : review.state();
    }
}

package org.qconsole.template.diff;

import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * Where a section or item is in one version.
 *
 * @param node the section or item
 * @param parent {@code ""} for sections, {@code "s:key"} for items of a section, {@code "q:key"} for
 *     sub-items of a question, {@code "t:key"} for those of a text
 * @param container the parent's number (its key when it has none), {@code ""} for sections
 * @param position 1-based, among all its siblings
 */
record Placed(Object node, String parent, String container, int position) {

    /** The same kind of node (a question stays a question), so that the two can be compared. */
    boolean sameKindAs(Object other) {
        return node.getClass() == other.getClass();
    }

    /** "moved from section I position 2 to section II position 1", or within the same parent. */
    String describeMoveTo(Placed now, Language language) {
        if (!parent.equals(now.parent)) {
            return Messages.text(language, "template.diff.moved", place(language), now.place(language));
        }
        String from = String.valueOf(position);
        String to = String.valueOf(now.position);
        if (now.parent.isEmpty()) {
            return Messages.text(language, "template.diff.movedAmongSections", from, to);
        }
        return Messages.text(language, now.parent.startsWith("q:") ? "template.diff.movedUnder" : "template.diff.movedIn",
                from, to, now.containerIn(language));
    }

    private String place(Language language) {
        String at = String.valueOf(position);
        if (parent.isEmpty()) {
            return Messages.text(language, "template.diff.position", at);
        }
        return Messages.text(language, parent.startsWith("q:") ? "template.diff.positionUnder" : "template.diff.positionIn",
                at, containerIn(language));
    }

    /** "section I" for a section, the number of a question or text ("8.b") otherwise. */
    private String containerIn(Language language) {
        return parent.startsWith("s:") ? Messages.text(language, "template.diff.section", container) : container;
    }
}

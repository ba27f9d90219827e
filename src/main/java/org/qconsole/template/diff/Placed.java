package org.qconsole.template.diff;

/**
 * Where a section or item is in one version.
 *
 * @param node the section or item
 * @param parent {@code ""} for sections, {@code "s:key"} for items of a section, {@code "q:key"} for
 *     sub-items of a question
 * @param container how the parent reads: {@code "section I"}, {@code "8.b"}, {@code ""} for sections
 * @param position 1-based, among all its siblings
 */
record Placed(Object node, String parent, String container, int position) {

    /** The same kind of node (a question stays a question), so that the two can be compared. */
    boolean sameKindAs(Object other) {
        return node.getClass() == other.getClass();
    }

    /** "moved from section I position 2 to section II position 1", or within the same parent. */
    String describeMoveTo(Placed now) {
        if (!parent.equals(now.parent)) {
            return "moved from " + place() + " to " + now.place();
        }
        String within = now.parent.isEmpty() ? "" : now.parent.startsWith("q:") ? " under " + now.container
                : " in " + now.container;
        return "moved from position " + position + " to position " + now.position + within;
    }

    private String place() {
        if (parent.isEmpty()) {
            return "position " + position;
        }
        return parent.startsWith("q:") ? "position " + position + " under " + container
                : container + " position " + position;
    }
}

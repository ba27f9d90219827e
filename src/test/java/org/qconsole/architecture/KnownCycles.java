package org.qconsole.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;

/**
 * The dependencies between features that still close a cycle: none. The last one (answer and template) went
 * when the questionnaire model moved to {@code org.qconsole.model}, below both (decision 0011).
 *
 * <p>This list may only shrink: a new cycle must be broken, never added here.
 */
final class KnownCycles {

    /** A dependency ignored by the cycle rule. */
    record Edge(DescribedPredicate<JavaClass> origin, DescribedPredicate<JavaClass> target) {
    }

    static final List<Edge> EDGES = List.of();

    private KnownCycles() {
    }

    static SliceRule ignored(SliceRule rule) {
        SliceRule result = rule;
        for (Edge edge : EDGES) {
            result = result.ignoreDependency(edge.origin(), edge.target());
        }
        return result;
    }
}

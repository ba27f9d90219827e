package org.qconsole.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;

/**
 * The dependencies between features that still close a cycle.
 *
 * <p>One cycle is left, between answer and template. The designer, the validation and the diff (template)
 * rightly use the answer kinds; but the answer kinds and the fill-in form (answer, answer.ui) still read the
 * questionnaire model, which lives in {@code template.model} ({@code AnswerSpec}, {@code Language},
 * {@code LocalizedText}, {@code Section}, ...), and {@code template.RichText}. The next step moves that model
 * below both; until then the model's side of the cycle is the one ignored here, as a whole package, so that no
 * other dependency from answer on template can hide behind it.
 *
 * <p>This list may only shrink: a new cycle must be broken, never added here.
 */
final class KnownCycles {

    /** A dependency ignored by the cycle rule. */
    record Edge(DescribedPredicate<JavaClass> origin, DescribedPredicate<JavaClass> target) {
    }

    static final List<Edge> EDGES = List.of(
            new Edge(resideInAPackage("org.qconsole.answer.."), resideInAPackage("org.qconsole.template.model")),
            new Edge(resideInAPackage("org.qconsole.answer.."), type(org.qconsole.model.RichText.class)));

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

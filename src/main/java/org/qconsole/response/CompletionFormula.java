package org.qconsole.response;

import java.util.stream.Collectors;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.Progress;

/**
 * The stamp a recorded completion carries: which formula computed it and which plugins answered for their
 * sections. When either changes, the stored figures may be wrong, so the start-up computes them again.
 */
final class CompletionFormula {

    /**
     * Raise when {@link Progress} counts differently (what is required, what counts as answered) or the
     * record holds more. 2: the per-section figures ({@code section_progress}) are recorded too, so records
     * of version 1, which have none, are computed again once.
     */
    static final int VERSION = 2;

    private CompletionFormula() {
    }

    /** For example {@code completion 1; contact-details@1.0.0, ict-inventory@1.1.0}. */
    static String stamp(SectionTypeService plugins) {
        return "completion " + VERSION + "; " + plugins.running().stream()
                .map(type -> type.pluginId() + "@" + type.pluginVersion())
                .distinct().sorted().collect(Collectors.joining(", "));
    }
}

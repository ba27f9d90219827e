package org.qconsole.response;

import java.util.List;
import java.util.stream.Collectors;
import org.qconsole.plugin.GuardedSectionType;
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

    /** The last stamp made, with the plugins it was made for: every save needs one, plugins rarely change. */
    private static volatile Made last = new Made(List.of(), "");

    private record Made(List<GuardedSectionType> running, String stamp) {
    }

    /** For example {@code completion 1; contact-details@1.0.0, ict-inventory@1.1.0}. */
    static String stamp(SectionTypeService plugins) {
        List<GuardedSectionType> running = plugins.running();
        Made made = last;
        if (made.stamp().isEmpty() || !made.running().equals(running)) {
            made = new Made(List.copyOf(running), "completion " + VERSION + "; " + running.stream()
                    .map(type -> type.pluginId() + "@" + type.pluginVersion())
                    .distinct().sorted().collect(Collectors.joining(", ")));
            last = made;
        }
        return made.stamp();
    }
}

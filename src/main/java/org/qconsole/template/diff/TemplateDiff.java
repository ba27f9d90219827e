package org.qconsole.template.diff;

import java.util.List;
import java.util.Objects;
import org.qconsole.template.diff.Change.ChangeType;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;

/**
 * What changed between two versions of a questionnaire template ("what is new in version 2"), for the
 * secretariat. Sections and items (questions and texts, at any depth) are matched by their key, so a
 * question that keeps its key is the same question even when renumbered or moved.
 *
 * <p>The changes come in reading order of the newer version (a change to the version itself first),
 * followed by the removals in reading order of the older version. An item that moved and was also
 * reworded gives two changes, {@link ChangeType#MOVED} then {@link ChangeType#CHANGED}. A section or item
 * added (or removed) with its content lists that content as added (removed) too.
 *
 * <p>The parts: {@link Places} and {@link Moves} find where everything is and what moved; {@link PartFields}
 * compares the properties of each part, texts language by language and other values through {@link FieldDiff},
 * answer settings through {@link AnswerSettingsDiff}; {@link DiffWalk} puts the changes in order.
 */
public final class TemplateDiff {

    private final List<Change> changes;

    private TemplateDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * The changes that turn {@code older} into {@code newer}, for a reader of {@code language}: the labels of
     * sections and questions, where they moved and the answer settings in words are in it (texts it lacks in
     * English); the texts compared stay one change per language.
     */
    public static TemplateDiff between(TemplateDefinition older, TemplateDefinition newer, Language language) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        return new TemplateDiff(new DiffWalk(older, newer, language).changes());
    }

    /** Every change, in the order described above. */
    public List<Change> changes() {
        return changes;
    }

    /** Whether the two versions say the same thing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> added() {
        return ofType(ChangeType.ADDED);
    }

    public List<Change> removed() {
        return ofType(ChangeType.REMOVED);
    }

    public List<Change> moved() {
        return ofType(ChangeType.MOVED);
    }

    public List<Change> changed() {
        return ofType(ChangeType.CHANGED);
    }

    public List<Change> ofType(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }
}

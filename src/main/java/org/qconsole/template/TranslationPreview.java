package org.qconsole.template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qconsole.model.Language;

/**
 * What importing a translation file would change in a draft, shown before anything is applied.
 *
 * @param revision the draft's revision the preview was made from: applying fails if it changed meanwhile
 * @param changes the texts whose translation the file adds or changes
 * @param outdated the file's translations of English texts that changed since the export: not applied
 * @param kept the file's translations that the draft already has, by unit id, with the English they stand
 *     beside: the translator saw that English and kept them, so applying the file makes them current
 * @param untranslated how many units of the file have no translation
 * @param notInFile how many texts of the draft the file does not have (added since the export)
 */
public record TranslationPreview(long versionId, int revision, Language language, List<Change> changes,
        List<Change> outdated, Map<String, String> kept, int untranslated, int notInFile) {

    /** One text: what the translation was and what the file makes it. */
    public record Change(String id, String note, String english, String before, String after) {
    }

    public TranslationPreview {
        changes = List.copyOf(changes);
        outdated = List.copyOf(outdated);
        kept = Map.copyOf(kept);
    }

    /** How many of the file's translations the draft already has. */
    public int unchanged() {
        return kept.size();
    }

    Map<String, String> translations() {
        return changes.stream().collect(Collectors.toMap(Change::id, Change::after, (a, b) -> b,
                java.util.LinkedHashMap::new));
    }
}

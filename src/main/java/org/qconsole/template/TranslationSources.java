package org.qconsole.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.repository.TranslationSourceRepository;
import org.qconsole.template.translation.TextUnits;
import org.springframework.stereotype.Component;

/**
 * Keeps, for each translation of a version, the English it was made from: a translation whose English changed
 * since is outdated. A translation written or changed in a save was made from that save's English; one the
 * save leaves as it was keeps its source, and one that had none (saved before sources were kept) gets the
 * English it stood beside before the save.
 */
@Component
class TranslationSources {

    private final TranslationSourceRepository repository;

    TranslationSources(TranslationSourceRepository repository) {
        this.repository = repository;
    }

    /** Records what a save of a draft did to its translations. */
    void saved(long versionId, TemplateDefinition before, TemplateDefinition after) {
        for (Language language : Language.translations()) {
            Map<String, TextUnits.Unit> old = byId(TextUnits.of(before, language));
            Map<String, String> sources = repository.sources(versionId, language);
            Map<String, String> recorded = new HashMap<>();
            List<String> gone = new ArrayList<>(sources.keySet());
            for (TextUnits.Unit unit : TextUnits.of(after, language)) {
                if (unit.translation().isEmpty()) {
                    continue;
                }
                gone.remove(unit.id());
                TextUnits.Unit was = old.get(unit.id());
                if (was == null || !was.translation().equals(unit.translation())) {
                    recorded.put(unit.id(), unit.english());
                } else if (!sources.containsKey(unit.id())) {
                    recorded.put(unit.id(), was.english());
                }
            }
            repository.record(versionId, language, recorded);
            repository.forget(versionId, language, gone);
        }
    }

    /** A translator kept these translations beside the English they saw: they are made from it now. */
    void confirmed(long versionId, Language language, Map<String, String> englishByUnit) {
        repository.record(versionId, language, englishByUnit);
    }

    void copied(long fromVersionId, long toVersionId) {
        repository.copy(fromVersionId, toVersionId);
    }

    /**
     * The translations into {@code language} whose English changed since they were made, in document order.
     *
     * @param units the version's texts with their translations into {@code language}
     */
    List<Outdated> outdated(long versionId, List<TextUnits.Unit> units, Language language) {
        Map<String, String> sources = repository.sources(versionId, language);
        return units.stream()
                .filter(unit -> !unit.translation().isEmpty() && sources.containsKey(unit.id())
                        && !sources.get(unit.id()).equals(unit.english()))
                .map(unit -> new Outdated(unit, sources.get(unit.id()))).toList();
    }

    private static Map<String, TextUnits.Unit> byId(List<TextUnits.Unit> units) {
        return units.stream().collect(Collectors.toMap(TextUnits.Unit::id, Function.identity(), (a, b) -> a));
    }
}

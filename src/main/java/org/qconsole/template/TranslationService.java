package org.qconsole.template;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.template.translation.TextUnits;
import org.qconsole.template.translation.TranslatedMarkup;
import org.qconsole.template.translation.TranslationFile;
import org.qconsole.template.translation.TranslationFileException;
import org.qconsole.template.translation.TranslationSheets;
import org.qconsole.template.translation.XliffFiles;
import org.springframework.stereotype.Service;

/**
 * The translation round trip of a questionnaire version with human translators: its texts exported for one
 * language as XLIFF 2.0 or as a workbook, the translated file checked unit by unit and previewed, then applied to the draft in
 * one save; and how complete each language is. Only drafts take translations: a published version never
 * changes.
 */
@Service
@RolesAllowed(Roles.SECRETARIAT)
public class TranslationService {

    private static final int PROBLEMS_SHOWN = 50;

    private final TemplateService templates;
    private final TranslationSources sources;

    TranslationService(TemplateService templates, TranslationSources sources) {
        this.templates = templates;
        this.sources = sources;
    }

    /**
     * For every language but English, how many of the version's texts have a translation, how many have none,
     * and how many of the translations were made from an English text that changed since.
     */
    public List<TranslationStatus> completeness(long versionId) {
        TemplateVersion version = templates.version(versionId);
        return Language.translations().stream().map(language -> {
            List<TextUnits.Unit> units = TextUnits.of(version.definition(), language);
            int translated = (int) units.stream().filter(unit -> !unit.translation().isEmpty()).count();
            int outdated = sources.outdated(versionId, units, language).size();
            return new TranslationStatus(language, translated, units.size() - translated, outdated);
        }).toList();
    }

    /** The translations into {@code language} whose English changed since they were made, as the designer lists them. */
    public List<Outdated> outdated(long versionId, Language language) {
        return sources.outdated(versionId, TextUnits.of(templates.version(versionId).definition(), language),
                language);
    }

    /** The texts of a version that have no translation into {@code language} yet, as the designer names them. */
    public List<TextUnits.Unit> missing(long versionId, Language language) {
        return TextUnits.of(templates.version(versionId).definition(), language).stream()
                .filter(unit -> unit.translation().isEmpty()).toList();
    }

    /** The draft's texts as a file for translators into {@code target}, with their translations so far. */
    public byte[] export(long versionId, Language target, TranslationFormat format) {
        TemplateVersion version = draft(versionId);
        requireTranslatable(target);
        var header = new TranslationFile.Header(version.code(), version.id(), version.label(), target.code());
        List<TextUnits.Unit> texts = TextUnits.of(version.definition(), target);
        Map<String, String> then = sources.outdated(versionId, texts, target).stream()
                .collect(Collectors.toMap(o -> o.unit().id(), Outdated::englishThen));
        // A translation whose English changed says so in its note, for the translator to review it.
        List<TextUnits.Unit> units = texts.stream()
                .map(unit -> !then.containsKey(unit.id()) ? unit : new TextUnits.Unit(unit.id(), unit.english(),
                        unit.translation(), unit.note() + " " + Messages.text(Language.EN,
                                "template.translation.note.outdated", then.get(unit.id()))))
                .toList();
        return format == TranslationFormat.XLIFF ? XliffFiles.write(header, units)
                : TranslationSheets.write(header, target.nativeName(), units);
    }

    public String fileName(long versionId, Language target, TranslationFormat format) {
        TemplateVersion version = templates.version(versionId);
        return version.code() + "-v" + version.number() + "-" + target.code() + "." + format.extension();
    }

    /**
     * Checks a translated file against the draft it was exported from and says what it would change.
     *
     * @throws TemplateException naming every problem (by unit id) when the file cannot be applied; nothing
     *         is changed then
     */
    public TranslationPreview preview(long versionId, byte[] file) {
        TemplateVersion version = draft(versionId);
        TranslationFile document = read(file);
        Language language = fileLanguage(document.header().targetLanguage());
        requireSameVersion(version, document.header());
        Map<String, TextUnits.Unit> current = TextUnits.of(version.definition(), language).stream()
                .collect(Collectors.toMap(TextUnits.Unit::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Problem> problems = new ArrayList<>();
        List<TranslationPreview.Change> changes = new ArrayList<>();
        List<TranslationPreview.Change> outdated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> kept = new HashMap<>();
        int untranslated = 0;
        for (TranslationFile.Unit unit : document.units()) {
            TextUnits.Unit text = current.get(unit.id());
            Optional<Phrase> problem = seen.add(unit.id()) ? problem(unit, text)
                    : Optional.of(new Phrase("template.translation.problem.twice"));
            if (problem.isPresent()) {
                problems.add(Problem.worded(unit.place(), problem.get().key(), problem.get().arguments()));
                continue;
            }
            var change = new TranslationPreview.Change(unit.id(), text.note(), text.english(), text.translation(),
                    unit.target().strip());
            if (!unit.source().equals(text.english())) {
                outdated.add(change);
            } else if (change.after().isEmpty()) {
                untranslated++;
            } else if (change.after().equals(change.before())) {
                kept.put(unit.id(), text.english());
            } else {
                changes.add(change);
            }
        }
        if (!problems.isEmpty()) {
            throw TemplateException.because(problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN)),
                    "template.refused.translationProblems", problems.size());
        }
        int notInFile = (int) current.keySet().stream().filter(id -> !seen.contains(id)).count();
        return new TranslationPreview(version.id(), version.revision(), language, changes, outdated, kept,
                untranslated, notInFile);
    }

    /** Applies a preview's changes to its draft in one save; fails if the draft changed since the preview. */
    public TemplateVersion apply(TranslationPreview preview) {
        TemplateVersion version = draft(preview.versionId());
        if (version.revision() != preview.revision()) {
            throw TemplateException.because("template.refused.savedSinceCheck", version.label(),
                    version.updated().by());
        }
        TemplateVersion saved = templates.saveDraft(version.id(), preview.revision(),
                TextUnits.withTranslations(version.definition(), preview.language(), preview.translations()));
        sources.confirmed(version.id(), preview.language(), preview.kept());
        return saved;
    }

    private static Optional<Phrase> problem(TranslationFile.Unit unit, TextUnits.Unit text) {
        if (text == null) {
            return Optional.of(new Phrase("template.translation.problem.unknown"));
        }
        if (unit.inlineCodes()) {
            return Optional.of(new Phrase("template.translation.problem.inlineCodes"));
        }
        return TranslatedMarkup.problem(text.english(), unit.target());
    }

    private TemplateVersion draft(long versionId) {
        TemplateVersion version = templates.version(versionId);
        if (!version.isDraft()) {
            throw TemplateException.because("template.refused.textsFrozen", version.label(), version.status());
        }
        return version;
    }

    /** A workbook is a ZIP archive; anything else is taken for XLIFF, and said not to be if it is not. */
    private static TranslationFile read(byte[] file) {
        try {
            boolean zip = file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
            return zip ? TranslationSheets.read(file) : XliffFiles.read(file);
        } catch (TranslationFileException e) {
            throw TemplateException.because(e.phrase().key(), e.phrase().arguments());
        }
    }

    private static Language fileLanguage(String code) {
        Language language = Language.find(code).orElseThrow(() -> TemplateException.because(
                "template.refused.unknownLanguage", code,
                Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
        requireTranslatable(language);
        return language;
    }

    private static void requireTranslatable(Language language) {
        if (language == Language.EN) {
            throw TemplateException.because("template.refused.fromEnglish");
        }
    }

    private static void requireSameVersion(TemplateVersion version, TranslationFile.Header header) {
        if (!header.templateCode().equals(version.code())) {
            throw TemplateException.because("template.refused.otherTemplate", header.templateCode(),
                    version.code());
        }
        if (header.versionId() != version.id()) {
            throw TemplateException.because("template.refused.otherVersion", header.versionLabel(),
                    version.label());
        }
    }
}

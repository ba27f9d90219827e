package org.qconsole.template;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.springframework.stereotype.Component;

/**
 * The published questionnaires at run time, built once per version: published and retired definitions
 * never change (a database trigger guarantees it), and every autosaved answer needs one. Plugins are
 * loaded at start-up, so the section types resolved into a questionnaire stay right; a plugin that fails
 * later answers as unavailable through its guard. Callers check who may read (see {@link TemplateService}
 * and {@link SystemTemplates}).
 */
@Component
class PublishedQuestionnaires {

    private final TemplateVersionRepository versions;
    private final SectionTypeService sectionTypes;
    private final Map<Long, PublishedQuestionnaire> built = new ConcurrentHashMap<>();

    PublishedQuestionnaires(TemplateVersionRepository versions, SectionTypeService sectionTypes) {
        this.versions = versions;
        this.sectionTypes = sectionTypes;
    }

    /** The published or retired version; empty for a draft or an unknown id. */
    Optional<PublishedQuestionnaire> find(long versionId) {
        PublishedQuestionnaire cached = built.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return versions.find(versionId).filter(v -> !v.isDraft()).map(v -> built.computeIfAbsent(versionId,
                id -> PublishedQuestionnaire.of(v.definition(), sectionTypes::type)));
    }
}

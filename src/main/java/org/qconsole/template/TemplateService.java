package org.qconsole.template;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.qconsole.common.StorableText;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.SectionTypeUsage;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.template.query.TemplateCatalogQuery;
import org.qconsole.template.repository.TemplateAuditRepository;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on questionnaire templates: create, edit drafts, publish (immutable from then
 * on), derive new drafts, retire, import and export. Every change is audited.
 */
@Service
@RolesAllowed(Roles.SECRETARIAT)
@Transactional
public class TemplateService implements SectionTypeUsage {

    private final TemplateVersionRepository versions;
    private final TemplateAuditRepository audit;
    private final TemplateCatalogQuery catalog;
    private final CurrentUserService currentUsers;
    private final SectionTypeService sectionTypes;
    private final PublishedQuestionnaires published;
    private final TranslationSources translationSources;

    TemplateService(TemplateVersionRepository versions, TemplateAuditRepository audit, TemplateCatalogQuery catalog,
            CurrentUserService currentUsers, SectionTypeService sectionTypes, PublishedQuestionnaires published,
            TranslationSources translationSources) {
        this.versions = versions;
        this.translationSources = translationSources;
        this.published = published;
        this.sectionTypes = sectionTypes;
        this.audit = audit;
        this.catalog = catalog;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        return catalog.summaries();
    }

    @Transactional(readOnly = true)
    public TemplateVersion version(long versionId) {
        return versions.find(versionId).orElseThrow(() -> TemplateException.because("template.refused.noVersion",
                String.valueOf(versionId)));
    }

    @Transactional(readOnly = true)
    public List<TemplateVersion> versionsOf(long templateId) {
        return versions.findAllOfTemplate(templateId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(long templateId) {
        return audit.findByTemplate(templateId);
    }

    /**
     * The content of a published (or retired) version, for anyone using the console: it is what was
     * sent to member States. Drafts stay the secretariat's.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public TemplateDefinition publishedDefinition(long versionId) {
        return published(versionId).definition();
    }

    /** A published or retired version as the console runs it: its answer slots resolved, built once. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public PublishedQuestionnaire published(long versionId) {
        return published.find(versionId).orElseThrow(() ->
                TemplateException.because("template.refused.noPublishedVersion",
                        String.valueOf(versionId)));
    }

    /** Starts a new template with an empty first draft. */
    public TemplateVersion create(String code, String englishTitle) {
        String trimmed = code == null ? "" : code.trim();
        if (!trimmed.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw TemplateException.because("template.refused.badCode");
        }
        if (englishTitle == null || englishTitle.isBlank()) {
            throw TemplateException.because("template.refused.noTitle");
        }
        if (versions.findTemplateId(trimmed).isPresent()) {
            throw TemplateException.because("template.refused.codeTaken", trimmed);
        }
        String actor = actor();
        long templateId = versions.insertTemplate(trimmed, actor);
        long versionId = versions.insertVersion(templateId, TemplateDefinition.empty(englishTitle.trim()), actor, null);
        audit.record(templateId, versionId, "created", actor, "Template " + trimmed + " with draft v1");
        return version(versionId);
    }

    /** Which template versions use each plugin section type (by type id), for the plugins page. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> sectionTypeUsage() {
        return catalog.sectionTypeUsage();
    }

    /** What stands in the way of publishing this version (empty when it can be published). */
    @Transactional(readOnly = true)
    public List<Problem> problems(long versionId) {
        TemplateVersion version = version(versionId);
        return validate(version.definition(), version);
    }

    /** The problems the designer shows while the draft is edited, before it is saved. */
    @Transactional(readOnly = true)
    public List<Problem> check(long versionId, TemplateDefinition definition) {
        return validate(definition, version(versionId));
    }

    /** The template's own rules, then each plugin section's: its plugin must run and accept its configuration. */
    private List<Problem> validate(TemplateDefinition definition, TemplateVersion version) {
        List<Problem> problems = new java.util.ArrayList<>(TemplateValidator.validate(definition,
                earlierPublished(version)));
        for (int s = 0; s < definition.sections().size(); s++) {
            var section = definition.sections().get(s);
            if (section.plugin() != null && section.plugin().pluginId() != null) {
                String where = "sections[" + s + "] (" + section.key() + ")";
                sectionTypes.configurationProblems(section.plugin().pluginId(), section.plugin().configuration())
                        .forEach(message -> problems.add(new Problem(where, "section " + section.plugin().pluginId()
                                + ": " + message)));
            }
        }
        return problems;
    }

    /**
     * Saves a draft's content, as the designer does while the secretariat types. Rich texts are
     * sanitized. Fails if the version is no longer a draft or someone else saved it meanwhile.
     *
     * @return the saved version, with its new revision
     */
    public TemplateVersion saveDraft(long versionId, int expectedRevision, TemplateDefinition definition) {
        TemplateDefinition clean = RichTextCleaner.clean(definition);
        if (StorableText.hasNul(TemplateJson.mapper().valueToTree(clean))) {
            throw TemplateException.because("template.refused.nul");
        }
        // What the save changes in the translations is read against the revision it replaces.
        Optional<TemplateDefinition> before = versions.find(versionId).filter(v -> v.revision() == expectedRevision)
                .map(TemplateVersion::definition);
        if (!versions.updateDraft(versionId, expectedRevision, clean, actor())) {
            TemplateVersion current = version(versionId);
            if (!current.isDraft()) {
                throw TemplateException.because("template.refused.frozen", current.label(), current.status());
            }
            throw TemplateException.because("template.refused.savedMeanwhile", current.label(),
                    current.updated().by());
        }
        before.ifPresent(replaced -> translationSources.saved(versionId, replaced, clean));
        return version(versionId);
    }

    /** Publishes a draft if it passes every check; it is immutable from then on. */
    public TemplateVersion publish(long versionId) {
        TemplateVersion version = version(versionId);
        if (!version.isDraft()) {
            throw TemplateException.because("template.refused.already", version.label(), version.status());
        }
        List<Problem> problems = validate(version.definition(), version);
        if (!problems.isEmpty()) {
            throw TemplateException.because(problems, "template.refused.problems", version.label(),
                    problems.size());
        }
        versions.publish(versionId, actor());
        audit.record(version.templateId(), versionId, "published", actor(), version.label());
        return version(versionId);
    }

    /** A new draft with the content of a published or retired version, to change it. */
    public TemplateVersion newDraftFrom(long versionId) {
        TemplateVersion source = version(versionId);
        versions.lockTemplate(source.templateId());
        if (source.isDraft()) {
            throw TemplateException.because("template.refused.isDraft", source.label());
        }
        if (versions.hasDraft(source.templateId())) {
            throw TemplateException.because("template.refused.hasDraft", source.code());
        }
        long id = versions.insertVersion(source.templateId(), source.definition(), actor(), versionId);
        translationSources.copied(versionId, id);
        TemplateVersion draft = version(id);
        audit.record(source.templateId(), id, "created", actor(), draft.label() + " from v" + source.number());
        return draft;
    }

    /** No new assignments of a retired version; existing ones continue. */
    public TemplateVersion retire(long versionId) {
        TemplateVersion version = version(versionId);
        if (!versions.retire(versionId, actor())) {
            throw TemplateException.because("template.refused.retireOnlyPublished", version.label(),
                    version.status());
        }
        audit.record(version.templateId(), versionId, "retired", actor(), version.label());
        return version(versionId);
    }

    /** The version as a template JSON file (docs/template-format.md). */
    @Transactional(readOnly = true)
    public String export(long versionId) {
        TemplateVersion version = version(versionId);
        return TemplateJson.write(TemplateDocument.of(version.code(), version.definition()));
    }

    /**
     * Imports a template file as a new draft: of the template with the file's code, or of a new template.
     * Nothing is written unless the file passes every check.
     */
    public TemplateVersion importFile(byte[] file) {
        TemplateImporter.Parsed parsed = TemplateImporter.parse(file);
        if (!parsed.ok()) {
            throw TemplateException.because(parsed.problems(), "template.file.notImported");
        }
        TemplateDocument document = parsed.document();
        var templateId = versions.findTemplateId(document.template().code());
        List<TemplateDefinition> earlier = templateId.map(id -> versions.findAllOfTemplate(id).stream()
                .filter(v -> !v.isDraft()).map(TemplateVersion::definition).toList()).orElse(List.of());
        List<Problem> problems = TemplateValidator.validate(document.version(), earlier);
        if (!problems.isEmpty()) {
            throw TemplateException.because(problems, "template.refused.importProblems", problems.size());
        }
        String actor = actor();
        long id = templateId.orElseGet(() -> versions.insertTemplate(document.template().code(), actor));
        versions.lockTemplate(id);
        if (versions.hasDraft(id)) {
            throw TemplateException.because("template.refused.importHasDraft",
                    document.template().code());
        }
        long versionId = versions.insertVersion(id, RichTextCleaner.clean(document.version()), actor, null);
        TemplateVersion imported = version(versionId);
        audit.record(id, versionId, "imported", actor, imported.label() + " from a file of "
                + file.length + " bytes");
        return imported;
    }

    /** Imports a questionnaire shipped with the console (see {@link ShippedTemplates}) as a new draft. */
    public TemplateVersion importShipped(String code) {
        ShippedTemplates.Shipped shipped = ShippedTemplates.ALL.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> TemplateException.because("template.refused.notShipped", code));
        return importFile(shipped.bytes());
    }

    /** What changed from one version of a template to another (sections and items by key), for a reader of {@code language}. */
    @Transactional(readOnly = true)
    public org.qconsole.template.diff.TemplateDiff diff(long olderVersionId, long newerVersionId, Language language) {
        TemplateVersion older = version(olderVersionId);
        TemplateVersion newer = version(newerVersionId);
        if (older.templateId() != newer.templateId()) {
            throw TemplateException.because("template.refused.compareOther");
        }
        return org.qconsole.template.diff.TemplateDiff.between(older.definition(), newer.definition(), language);
    }

    /** The bytes of {@link #export}, for a download. */
    @Transactional(readOnly = true)
    public byte[] exportBytes(long versionId) {
        return export(versionId).getBytes(StandardCharsets.UTF_8);
    }

    private List<TemplateDefinition> earlierPublished(TemplateVersion version) {
        return versions.findAllOfTemplate(version.templateId()).stream()
                .filter(v -> !v.isDraft() && v.number() < version.number())
                .map(TemplateVersion::definition).toList();
    }

    private String actor() {
        return currentUsers.require().username();
    }
}

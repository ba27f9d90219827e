package org.qconsole.template;

import java.util.List;
import java.util.Optional;
import org.qconsole.identity.SystemScope;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Template versions as the console's own start-up work reads them (plugin answer migration, recorded
 * completion, demo data), with no user signed in: every method requires {@link SystemScope}. Users
 * read templates through {@link TemplateService}, which checks their role.
 */
@Component
@Transactional(readOnly = true)
public class SystemTemplates {

    private final TemplateVersionRepository versions;
    private final PublishedQuestionnaires published;

    SystemTemplates(TemplateVersionRepository versions, PublishedQuestionnaires published) {
        this.versions = versions;
        this.published = published;
    }

    /** A published or retired version as the console runs it (see {@link TemplateService#published}). */
    public Optional<PublishedQuestionnaire> published(long versionId) {
        SystemScope.require();
        return published.find(versionId);
    }

    public Optional<TemplateVersion> version(long versionId) {
        SystemScope.require();
        return versions.find(versionId);
    }

    /** Every version of the template with this code, as {@link TemplateService} lists them. */
    public List<TemplateVersion> versionsOf(String templateCode) {
        SystemScope.require();
        return versions.findTemplateId(templateCode).map(versions::findAllOfTemplate).orElse(List.of());
    }

    /** Published or retired versions with a section of this plugin section type. */
    public List<TemplateVersion> releasedUsingSectionType(String sectionTypeId) {
        SystemScope.require();
        return versions.findReleasedUsingSectionType(sectionTypeId);
    }
}

package org.qconsole.template;

import java.util.List;
import org.qconsole.template.model.TemplateDefinition;
import org.qconsole.template.repository.TemplateAuditRepository;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the run command: the shipped ICT questionnaire as a published template, so that a
 * newcomer sees a real questionnaire at once. Runs as the system, not as a user, and only when demo
 * data is on (it is when the console starts its embedded Keycloak with the demo realm).
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoTemplates {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoTemplates.class);

    private final TemplateVersionRepository versions;
    private final TemplateAuditRepository audit;

    DemoTemplates(TemplateVersionRepository versions, TemplateAuditRepository audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(1)
    @Transactional
    public void load() {
        ShippedTemplates.Shipped shipped = ShippedTemplates.ICT_2023;
        if (versions.findTemplateId(shipped.code()).isPresent()) {
            return;
        }
        TemplateImporter.Parsed parsed = TemplateImporter.parse(shipped.bytes());
        TemplateDefinition definition = RichTextCleaner.clean(parsed.document().version());
        List<Problem> problems = TemplateValidator.validate(definition);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The shipped template " + shipped.code() + " is not valid: " + problems);
        }
        long templateId = versions.insertTemplate(shipped.code(), ACTOR);
        long versionId = versions.insertVersion(templateId, definition, ACTOR, null);
        versions.publish(versionId, ACTOR);
        audit.record(templateId, versionId, "imported", ACTOR, "Shipped questionnaire, loaded as demo data");
        audit.record(templateId, versionId, "published", ACTOR, shipped.code() + " v1");
        log.info("Demo data: published the shipped questionnaire {}", shipped.code());
    }
}

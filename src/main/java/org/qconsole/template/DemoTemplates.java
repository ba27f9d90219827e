package org.qconsole.template;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.repository.TemplateAuditRepository;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the run command: the shipped ICT questionnaire as a published template, so that a
 * newcomer sees a real questionnaire at once. Runs as the system, not as a user, and only when demo
 * data is on (it is when the console starts its embedded Keycloak with the demo realm).
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoTemplates implements StartupStep {

    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoTemplates.class);

    private final TemplateVersionRepository versions;
    private final TemplateAuditRepository audit;

    DemoTemplates(TemplateVersionRepository versions, TemplateAuditRepository audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_QUESTIONNAIRE;
    }

    @Override
    @Transactional
    public void run() {
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
        long draftId = versions.insertVersion(templateId, withPluginSections(definition), ACTOR, versionId);
        audit.record(templateId, draftId, "created", ACTOR, "Draft v2 with the shipped section plugins");
        log.info("Demo data: published the shipped questionnaire {}, and a draft v2 with plugin sections",
                shipped.code());
    }

    /** The next version a secretariat might prepare: the same questions, plus the shipped plugins' sections. */
    private static TemplateDefinition withPluginSections(TemplateDefinition v1) {
        var json = JsonNodeFactory.instance;
        var contact = json.objectNode();
        contact.putArray("required").add("name").add("authority").add("email");
        var globe = json.objectNode();
        var authorities = globe.putArray("authorities");
        authorities.addObject().put("key", "anti-corruption").put("name", "Anti-corruption authority");
        authorities.addObject().put("key", "prosecution").put("name", "Prosecution service");
        authorities.addObject().put("key", "fiu").put("name", "Financial intelligence unit");
        List<Section> sections = new ArrayList<>(v1.sections());
        sections.add(pluginSection("contact", "Contact details of the national focal point", "contact-details", contact));
        sections.add(pluginSection("ict_tools", "ICT tools in use", "ict-inventory",
                json.objectNode().put("minRows", 1).put("maxRows", 10)));
        sections.add(pluginSection("globe_authorities", "GlobE Network membership by authority", "globe-membership",
                globe));
        return new TemplateDefinition(v1.title(), v1.circularReference(), v1.introduction(), v1.footnotes(), sections);
    }

    private static Section pluginSection(String key, String title, String type, JsonNode configuration) {
        return new Section(key, "", LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(),
                new PluginSection(type, "1.0.0", configuration));
    }
}

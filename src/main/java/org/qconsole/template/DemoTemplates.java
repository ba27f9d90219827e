package org.qconsole.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.DemoActors;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data for the run command: the shipped ICT questionnaire as a published template, so that a
 * newcomer sees a real questionnaire at once, and a draft v2 with the shipped plugins' sections. The demo
 * realm's secretariat imports, publishes and drafts it through {@link TemplateService}, as on the
 * templates page: the same checks and audit trail. Loaded once, only when demo data is on (it is when the
 * console starts its embedded Keycloak with the demo realm).
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoTemplates implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoTemplates.class);

    private final TemplateService templates;
    private final DemoActors actors;

    DemoTemplates(TemplateService templates, DemoActors actors) {
        this.templates = templates;
        this.actors = actors;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_QUESTIONNAIRE;
    }

    @Override
    public void run() {
        actors.asSecretariat(this::loadOnce);
    }

    private void loadOnce() {
        String code = ShippedTemplates.ICT_2023.code();
        if (templates.templates().stream().anyMatch(t -> t.code().equals(code))) {
            return;
        }
        // Each call is its own transaction, as each click on the templates page is.
        TemplateVersion published = templates.publish(templates.importShipped(code).id());
        TemplateVersion draft = templates.newDraftFrom(published.id());
        templates.saveDraft(draft.id(), draft.revision(), withPluginSections(published.definition()));
        log.info("Demo data: {} published the shipped questionnaire {}, and a draft v2 with plugin sections",
                actors.secretariat(), code);
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
        return v1.withSections(sections);
    }

    private static Section pluginSection(String key, String title, String type, JsonNode configuration) {
        return new Section(key, "", LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(),
                new PluginSection(type, "1.0.0", configuration));
    }
}

package org.qconsole.plugin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.identity.SystemScope;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.plugin.InstalledPlugin;
import org.qconsole.plugin.SectionTypeInfo;
import org.qconsole.plugin.TestPlugins;
import org.qconsole.response.AnswerService;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.repository.TemplateVersionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Plugin sections browserless: the plugins page, the designer, and a country's fill-in. */
class PluginViewsTest extends ViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    TemplateVersionRepository versions;
    @Autowired
    AnswerRepository answerRows;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSecretariatSeesEachPluginWithItsStateAndTheTemplatesUsingIt() {
        signInAs("secretariat");
        TemplateVersion used = TemplateFixtures.publish(templates, "USE", TemplateFixtures.withPluginSections());

        UI.getCurrent().navigate(PluginsView.class);

        @SuppressWarnings("unchecked")
        Grid<InstalledPlugin> grid = _get(Grid.class, s -> s.withId("plugin-grid"));
        int row = grid.getListDataView().getItems().map(InstalledPlugin::id).toList().indexOf("contact-details");
        assertThat(GridKt._getFormatted(grid, row, "state")).isEqualTo("Running");
        assertThat(GridKt._getFormatted(grid, row, "version")).isEqualTo("1.1.0");
        assertThat(GridKt._getFormatted(grid, row, "usage")).contains(used.code() + " v1 (published)");
    }

    @Test
    void aPluginForAnotherVersionOfTheApiIsListedAsRefusedWithTheReason(@TempDir Path folder) {
        TestPlugins.build(folder, "next-gen", "3.0.0", ">=2.0.0", Map.of("t.next.Note",
                TestPlugins.noteType("t.next", "Note", "next-note", "")), null, List.of("t.next.Note"));
        signInAs("secretariat");

        PluginsView page = new PluginsView(TestPlugins.registry(folder), templates);
        UI.getCurrent().add(page);

        @SuppressWarnings("unchecked")
        Grid<InstalledPlugin> grid = _get(page, Grid.class, s -> s.withId("plugin-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormatted(grid, 0, "id")).isEqualTo("next-gen");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Refused");
        assertThat(GridKt._getFormatted(grid, 0, "reason")).isEqualTo("not compatible: it requires plugin API"
                + " >=2.0.0 (Plugin-Requires), this console provides 1.1.0");
    }

    @Test
    void theDesignerAddsAPluginSectionConfiguresItAndThePreviewShowsIt() {
        signInAs("secretariat");
        TemplateVersion draft = templates.create("PLD-" + UUID.randomUUID().toString().substring(0, 6), "Contacts");
        UI.getCurrent().navigate("templates/design/" + draft.id());

        @SuppressWarnings("unchecked")
        Select<SectionTypeInfo> add = _get(Select.class, s -> s.withId("designer-add-plugin-section"));
        _setValue(add, add.getListDataView().getItems().filter(t -> t.id().equals("contact-details")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> required = _get(CheckboxGroup.class, s -> s.withId("contact_details-required-fields"));
        _setValue(required, Set.of("name", "phone"));

        TemplateVersion saved = templates.version(draft.id());
        var section = saved.definition().sections().get(0);
        assertThat(section.plugin().pluginId()).isEqualTo("contact-details");
        assertThat(section.plugin().pluginVersion()).isEqualTo("1.1.0");
        assertThat(section.plugin().configuration()).isEqualTo(JSON.createObjectNode().set("required",
                JSON.createArrayNode().add("name").add("phone")));
        Div preview = _get(Div.class, s -> s.withId("designer-preview"));
        assertThat(_find(preview, TextField.class, s -> s.withId("contact_details-phone")).get(0).isRequiredIndicatorVisible())
                .isTrue();
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @Test
    void aCountryFillsInAPluginSectionWithItsChecksAndSeesAMissingPluginsSectionAsUnavailable() throws Exception {
        long sweden = sendToSweden(withMissingPlugin());
        SystemScope.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> answerRows.write(
                sweden, "SWE", "s9_gone", JsonNodeFactory.instance.objectNode().put("kept", true), 0, "swe.focal", 1,
                null, "s9_gone", true)));
        signInAs("swe.focal");
        UI.getCurrent().navigate("response/" + sweden);
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s2_contact"))); // the fill-in shows one section at a time

        _setValue(_get(TextField.class, s -> s.withId("s2_contact-name")), "Erik Lindqvist");
        _setValue(_get(EmailField.class, s -> s.withId("s2_contact-email")), "erik at justice");
        assertThat(_get(Span.class, s -> s.withId("error-s2_contact")).getText())
                .isEqualTo("Enter an e-mail address such as name@ministry.gov.");
        _setValue(_get(EmailField.class, s -> s.withId("s2_contact-email")), "erik@justice.se");

        assertThat(_get(Span.class, s -> s.withId("response-status")).getText()).isEqualTo("All answers saved");
        assertThat(_get(Span.class, s -> s.withId("nav-progress-s2_contact")).getText()).isEqualTo("2/2");
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s9_gone")));
        assertThat(_get(Div.class, s -> s.withId("plugin-s9_gone")).getText())
                .isEqualTo("This section is temporarily unavailable. Answers already given to it are kept.");
        var stored = answers.open(sweden).answers();
        assertThat(stored.get("s2_contact").value()).isEqualTo(JSON.readTree(
                "{\"name\": \"Erik Lindqvist\", \"email\": \"erik@justice.se\"}"));
        assertThat(stored.get("s9_gone").value()).isEqualTo(JSON.readTree("{\"kept\": true}"));
        _click(_get(Button.class, s -> s.withId("response-submit")));
        assertThat(_get(Div.class, s -> s.withId("submit-problems")).getElement().getTextRecursively())
                .contains("Gone (temporarily unavailable)");
    }

    /** The plugin sections, plus one whose plugin has since been removed (published when it still ran). */
    private static TemplateDefinition withMissingPlugin() {
        TemplateDefinition d = TemplateFixtures.withPluginSections();
        var sections = new java.util.ArrayList<>(d.sections());
        sections.add(TemplateFixtures.pluginSection("s9_gone", "IX", "Gone", "removed-plugin",
                JsonNodeFactory.instance.objectNode()));
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(), sections);
    }

    private long sendToSweden(TemplateDefinition definition) {
        long versionId = SystemScope.call(() -> new TransactionTemplate(transactions).execute(status -> {
            long templateId = versions.insertTemplate("GONE-" + UUID.randomUUID().toString().substring(0, 6), "test");
            long id = versions.insertVersion(templateId, definition, "test", null);
            versions.publish(id, "test");
            return id;
        }));
        SignIn.as(users, "secretariat");
        long campaign = assignments.create(new NewCampaign(versionId, "Plugins", "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        long id = assignments.assignments(campaign).get(0).id();
        SignIn.out();
        return id;
    }
}

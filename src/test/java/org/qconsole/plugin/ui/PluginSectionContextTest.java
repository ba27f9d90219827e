package org.qconsole.plugin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.TestPlugins;
import org.qconsole.response.AnswerService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the console tells a plugin section where it is shown (plugin API 1.1's SectionContext), seen in
 * the shipped plugins: ids from the section key, labels in the reader's language, read-only answers.
 */
class PluginSectionContextTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    SectionTypeService sectionTypes;

    @Test
    void aSectionTypeUsedTwiceOnAPageGivesEveryComponentItsOwnId() {
        long sweden = send("SWE", twoContactSections());
        signInAs("swe.focal");
        // The preview shows every section on one page (the fill-in shows one at a time).
        QuestionnaireForm preview = new QuestionnaireForm(twoContactSections(), Language.EN, sectionTypes::type);
        UI.getCurrent().add(preview);

        Map<String, Integer> ids = new HashMap<>();
        all(UI.getCurrent()).forEach(c -> c.getId().ifPresent(id -> ids.merge(id, 1, Integer::sum)));
        assertThat(ids).as("ids used more than once").allSatisfy((id, count) -> assertThat(count).as(id).isOne());
        assertThat(ids).containsKeys("s2_contact-name", "s5_contact-name", "s3_inventory-add", "s4_globe-fiu-member");
        UI.getCurrent().remove(preview);
        UI.getCurrent().navigate("response/" + sweden);
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s5_contact")));

        _setValue(_get(TextField.class, s -> s.withId("s5_contact-name")), "Anna Berg");
        _setValue(_get(EmailField.class, s -> s.withId("s5_contact-email")), "anna.berg@justice.se");
        assertThat(answers.open(sweden).answers()).containsKey("s5_contact").doesNotContainKey("s2_contact");
        assertThat(answers.open(sweden).answers().get("s5_contact").value().path("name").asText())
                .isEqualTo("Anna Berg");
    }

    @Test
    void aFrenchReaderSeesThePluginsLabelsInFrench() {
        long france = send("FRA", TemplateFixtures.withPluginSections());
        signInAs("fra.focal");
        UI.getCurrent().setLocale(Locale.FRENCH); // the browser's language
        UI.getCurrent().navigate("response/" + france);
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s2_contact")));

        assertThat(_get(TextField.class, s -> s.withId("s2_contact-name")).getLabel()).isEqualTo("Nom");
        assertThat(_get(EmailField.class, s -> s.withId("s2_contact-email")).getLabel()).isEqualTo("Courriel");
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s4_globe")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> member = _get(RadioButtonGroup.class, s -> s.withId("s4_globe-fiu-member"));
        assertThat(member.getLabel()).isEqualTo("Est-elle membre du réseau GlobE ?");
        assertThat(member.getItemLabelGenerator().apply("yes")).isEqualTo("Oui");
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s3_inventory")));
        Button add = _get(Button.class, s -> s.withId("s3_inventory-add"));
        assertThat(add.getText()).isEqualTo("Ajouter un outil");

        _click(add);
        assertThat(_get(TextField.class, s -> s.withId("s3_inventory-name-1")).getLabel()).isEqualTo("Outil");
    }

    @Test
    void aResponseTheReaderCannotChangeShowsThePluginSectionsReadOnlyWithoutEditingControls() throws Exception {
        long sweden = send("SWE", TemplateFixtures.withPluginSections());
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "s3_inventory", new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"tools\": [{\"name\": \"Case system\", \"category\": \"case_management\", \"secure\": true}]}"), 0);
        SignIn.out();

        signInAs("secretariat"); // reads the country's response, cannot change it
        UI.getCurrent().navigate("response/" + sweden);
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s2_contact")));

        assertThat(_get(TextField.class, s -> s.withId("s2_contact-name")).isReadOnly()).isTrue();
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s3_inventory")));
        TextField tool = _get(TextField.class, s -> s.withId("s3_inventory-name-1"));
        assertThat(tool.getValue()).isEqualTo("Case system");
        assertThat(tool.isReadOnly()).isTrue();
        for (String button : List.of("s3_inventory-add", "s3_inventory-remove-1")) {
            assertThat(_find(Button.class, s -> s.withId(button))).as(button + " shown").isEmpty();
            assertThat(all(UI.getCurrent()).filter(c -> c.getId().equals(Optional.of(button))))
                    .as(button + " is there, hidden").singleElement().satisfies(b -> assertThat(b.isVisible()).isFalse());
        }
        AnchorsKt._click(_get(Anchor.class, s -> s.withId("nav-s4_globe")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> member = _get(RadioButtonGroup.class, s -> s.withId("s4_globe-fiu-member"));
        assertThat(member.isReadOnly()).isTrue();
    }

    @Test
    void thePluginIsToldWhichSectionItShowsInWhichLanguageAndWhetherItIsReadOnly(@TempDir Path folder) {
        String echo = TestPlugins.noteType("t.echo", "Echo", "echo", "").replace("public JsonInput fillIn(JsonNode c,"
                + " SectionContext x) { fail(\"fillIn\"); return input(); }", "public JsonInput fillIn(JsonNode c,"
                + " SectionContext x) { JsonInput i = input(); ((TextField) i.component()).setLabel(x.key() + \" \""
                + " + x.language() + \" \" + x.readOnly()); return i; }");
        TestPlugins.build(folder, "echo", "1.0.0", Map.of("t.echo.Echo", echo), null, List.of("t.echo.Echo"));
        SectionTypeService registry = TestPlugins.registry(folder);
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Echo"), "", LocalizedText.EMPTY,
                List.of(), List.of(TemplateFixtures.pluginSection("s1_echo", "I", "Echo", "echo",
                        JsonNodeFactory.instance.objectNode())));
        signInAs("swe.focal");

        UI.getCurrent().add(new QuestionnaireForm(definition, Language.ES, registry::type, true));
        UI.getCurrent().add(new QuestionnaireForm(definition, Language.ES, registry::type));

        assertThat(_find(TextField.class, s -> s.withId("note-field"))).extracting(TextField::getLabel)
                .containsExactly("s1_echo es true", "s1_echo es false");
    }

    /** The plugin sections, and the contact details a second time (the deputy focal point). */
    private static TemplateDefinition twoContactSections() {
        TemplateDefinition d = TemplateFixtures.withPluginSections();
        List<org.qconsole.model.Section> sections = new ArrayList<>(d.sections());
        var required = JsonNodeFactory.instance.objectNode();
        required.putArray("required").add("name");
        sections.add(TemplateFixtures.pluginSection("s5_contact", "V", "Deputy", "contact-details", required));
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(), sections);
    }

    private long send(String country, TemplateDefinition definition) {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publish(templates, "CTX", definition).id();
        long campaign = assignments.create(new NewCampaign(version, "Context", "", LocalDate.now().plusDays(10),
                Set.of(country))).id();
        long id = assignments.assignments(campaign).get(0).id();
        SignIn.out();
        return id;
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PluginSectionContextTest::all));
    }
}

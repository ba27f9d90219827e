package org.qconsole.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qconsole.country.RegionalGroup;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.dashboard.Compilation;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Question;
import org.springframework.beans.factory.annotation.Autowired;

/** How many States use each ICT: counts follow the filters; hidden answers do not count. */
class CompilationViewTest extends ViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void choicesAreCountedOtherTextsListedAndFiltersApply() throws Exception {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "CMP").id();
        long campaign = assignments.create(new NewCampaign(version, "Compile", "", LocalDate.now().plusDays(9),
                Set.of("SWE", "FRA", "KEN"))).id();
        answer(campaign, "SWE", "swe.focal", "yes", "{\"selected\": [\"email\", \"video\"], \"other\": \"Threema\"}");
        answer(campaign, "FRA", "fra.focal", "no", "{\"selected\": [\"email\"]}");
        answer(campaign, "KEN", "ken.focal", "yes", "{\"selected\": [\"video\"]}");

        signInAs("manager");
        UI.getCurrent().navigate(CompilationView.class, campaign);
        @SuppressWarnings("unchecked")
        Select<Question> question = _get(Select.class, s -> s.withId("compilation-question"));
        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals("q1a_which"))
                .findFirst().orElseThrow());

        assertThat(counts()).containsExactly(Map.entry("Email", 1L), Map.entry("Videoconference", 2L));
        assertThat(_get(Paragraph.class, s -> s.withId("compilation-summary")).getText())
                .isEqualTo("2 of 3 States answered");
        assertThat(_get(UnorderedList.class, s -> s.withId("compilation-other")).getElement().getTextRecursively())
                .isEqualTo("Sweden: Threema");

        @SuppressWarnings("unchecked")
        Select<RegionalGroup> group = _get(Select.class, s -> s.withId("compilation-group"));
        _setValue(group, labelled(group, "African States"));
        assertThat(counts()).containsExactly(Map.entry("Email", 0L), Map.entry("Videoconference", 1L));
        @SuppressWarnings("unchecked")
        Grid<Compilation.Row> rows = _get(Grid.class, s -> s.withId("compilation-answers"));
        assertThat(GridKt._getFormatted(rows, 0, "answer")).isEqualTo("Videoconference");
    }

    @Test
    void aFrenchManagerComparesInFrench() throws Exception {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "CMF").id();
        long campaign = assignments.create(new NewCampaign(version, "Compiler", "", LocalDate.now().plusDays(9),
                Set.of("SWE", "KEN"))).id();
        answer(campaign, "SWE", "swe.focal", "yes", "{\"selected\": [\"email\"], \"other\": \"Threema\"}");
        answer(campaign, "KEN", "ken.focal", "no", "{\"selected\": [\"video\"]}");

        signInAs("manager");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(CompilationView.class, campaign);
        @SuppressWarnings("unchecked")
        Select<Question> question = _get(Select.class, s -> s.withId("compilation-question"));
        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals("q1_used"))
                .findFirst().orElseThrow());

        assertThat(counts()).containsExactly(Map.entry("Oui", 1L), Map.entry("Non", 1L));
        @SuppressWarnings("unchecked")
        Grid<Compilation.Row> rows = _get(Grid.class, s -> s.withId("compilation-answers"));
        assertThat(GridKt._getFormatted(rows, 0, "state")).as("in French alphabetical order").isEqualTo("Kenya (KEN)");
        assertThat(GridKt._getFormatted(rows, 1, "state")).isEqualTo("Suède (SWE)");
        assertThat(GridKt._getFormatted(rows, 1, "answer")).isEqualTo("Oui");
        assertThat(GridKt._getFormatted(rows, 1, "group")).isEqualTo("États d'Europe occidentale et autres États");

        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals("q1a_which"))
                .findFirst().orElseThrow());
        assertThat(_get(UnorderedList.class, s -> s.withId("compilation-other")).getElement().getTextRecursively())
                .isEqualTo("Suède: Threema");
    }

    private void answer(long campaign, String country, String focal, String used, String which) throws Exception {
        SignIn.as(users, "secretariat");
        long id = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals(country))
                .findFirst().orElseThrow().id();
        SignIn.as(users, focal);
        answers.save(id, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(id, "q1a_which", JSON.readTree(which), 0);
        answers.save(id, "q1_used", TextNode.valueOf(used), 1);
        SignIn.out();
    }

    private static Map<String, Long> counts() {
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<String, Long>> grid = _get(Grid.class, s -> s.withId("compilation-counts"));
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        grid.getListDataView().getItems().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}

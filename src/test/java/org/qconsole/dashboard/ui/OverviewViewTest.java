package org.qconsole.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.dashboard.CampaignOverview;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of every campaign: a manager narrows it by words and opens the campaign they found. */
class OverviewViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void aManagerFindsACampaignByWordsOfItsTitleOrTemplateAndOpensIt() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "OVW").id();
        // Other tests' campaigns share the database: words of this test's own make its campaigns the only matches.
        String word = "firearms" + UUID.randomUUID().toString().substring(0, 8);
        String trafficking = cased(word) + " trafficking (2027)";
        String seizures = cased(word) + " seizures (2026)";
        String circular = "CU 2027/" + word;
        long wanted = assignments.create(new NewCampaign(version, trafficking, circular, LocalDate.now().plusDays(30),
                Set.of("SWE"))).id();
        assignments.create(new NewCampaign(version, seizures, "", LocalDate.now().plusDays(30), Set.of("SWE")));

        signInAs("manager");
        UI.getCurrent().navigate(OverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<CampaignOverview> grid = _get(Grid.class, s -> s.withId("overview-grid"));
        TextField search = _get(TextField.class, s -> s.withId("overview-search"));
        int all = GridKt._size(grid);

        _setValue(search, word.toUpperCase() + " 2027");
        assertThat(titles(grid)).containsExactly(trafficking);
        _setValue(search, circular.toLowerCase());
        assertThat(titles(grid)).containsExactly(trafficking);
        _setValue(search, word);
        assertThat(titles(grid)).containsExactlyInAnyOrder(trafficking, seizures);
        _setValue(search, word + " cattle");
        assertThat(titles(grid)).isEmpty();
        _setValue(search, "");
        assertThat(GridKt._size(grid)).isEqualTo(all);

        _setValue(search, "trafficking");
        GridKt._clickItem(grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dashboard/" + wanted);
    }

    private static String cased(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> titles(Grid<CampaignOverview> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).campaign().title())
                .toList();
    }
}

package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.EarlierResponses;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.Prefill;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The focal point copies last time's answers in from the fill-in page, then reads the history. */
class PrefillAndHistoryViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;

    private EarlierResponses earlier;

    @BeforeEach
    void twoYears() {
        earlier = EarlierResponses.create(users, templates, assignments, answers);
    }

    @Test
    void theFocalPointCopiesWhatIsNotAnsweredYetAndTheHistoryShowsWhereItCameFrom() {
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, earlier.sweden2024());

        _click(_get(Button.class, s -> s.withId("response-prefill")));
        @SuppressWarnings("unchecked")
        Grid<Prefill.Item> grid = _get(Grid.class, s -> s.withId("prefill-grid"));
        assertThat(grid.getSelectedItems()).extracting(Prefill.Item::questionKey)
                .as("only what is not answered now is ticked").containsExactly("q3_name");
        assertThat(GridKt._getFormatted(grid, 0, "earlier")).isEqualTo("Yes");
        assertThat(GridKt._getFormatted(grid, 0, "current")).isEqualTo("No");
        _click(_get(Button.class, s -> s.withId("prefill-confirm")));

        assertThat(_get(TextField.class, s -> s.withId("answer-q3_name")).getValue())
                .isEqualTo("Swedish Police Authority");

        AnchorsKt._click(_get(Anchor.class, s -> s.withId("response-history-link")));
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, s -> s.withId("history-grid"));
        assertThat(GridKt._getFormatted(history, 0, "after")).isEqualTo("Swedish Police Authority");
        assertThat(history.getListDataView().getItems().findFirst().orElseThrow().note())
                .isEqualTo("Copied from ICT 2022 (CU 2026/1)");
    }

    @Test
    void aFrenchFocalPointCopiesAndReadsTheHistoryInFrench() {
        signInAs("swe.focal");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, earlier.sweden2024());

        _click(_get(Button.class, s -> s.withId("response-prefill")));
        @SuppressWarnings("unchecked")
        Grid<Prefill.Item> grid = _get(Grid.class, s -> s.withId("prefill-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "earlier")).isEqualTo("Oui");
        assertThat(GridKt._getFormatted(grid, 0, "current")).isEqualTo("Non");
        _click(_get(Button.class, s -> s.withId("prefill-confirm")));

        AnchorsKt._click(_get(Anchor.class, s -> s.withId("response-history-link")));
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, s -> s.withId("history-grid"));
        List<HistoryEntry> entries = history.getListDataView().getItems().toList();
        assertThat(entries.get(0)).extracting(HistoryEntry::what, HistoryEntry::note)
                .containsExactly("Réponse copiée", "Copiée de ICT 2022 (CU 2026/1)");
        assertThat(entries).filteredOn(e -> e.kind() == HistoryEntry.Kind.STATUS).extracting(HistoryEntry::what)
                .contains("Attribué").doesNotContain("Assigned");
        assertThat(entries).filteredOn(e -> e.what().equals("Attribué")).first().extracting(HistoryEntry::note)
                .asString().startsWith("Délai : ").matches(".* [0-9]{4}$");
    }

    @Test
    void contributorsNeitherCopyNorSeeTheHistory() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, earlier.sweden2024());

        _assertNone(Button.class, s -> s.withId("response-prefill"));
        _assertNone(Anchor.class, s -> s.withId("response-history-link"));
    }
}

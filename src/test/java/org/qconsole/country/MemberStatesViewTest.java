package org.qconsole.country;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ViewTest;

class MemberStatesViewTest extends ViewTest {

    @BeforeEach
    void open() {
        signInAs("manager");
        UI.getCurrent().navigate("member-states");
    }

    @Test
    void listsAll193StatesByName() {
        Grid<MemberState> grid = grid();

        assertThat(_size(grid)).isEqualTo(193);
        assertThat(_get(grid, 0).name()).isEqualTo("Afghanistan");
        assertThat(count()).isEqualTo("193 member States");
    }

    @Test
    void filtersByRegionalGroupIncludingStatesInNoGroup() {
        @SuppressWarnings("unchecked")
        Select<RegionalGroup> group = _get(Select.class, s -> s.withId("member-state-group"));

        group.setValue(group.getListDataView().getItems()
                .filter(g -> g.code().equals("AFRICAN")).findFirst().orElseThrow());
        assertThat(_size(grid())).isEqualTo(54);
        assertThat(count()).isEqualTo("54 member States");

        group.setValue(group.getListDataView().getItems()
                .filter(g -> g.equals(RegionalGroup.NONE)).findFirst().orElseThrow());
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).name()).isEqualTo("Kiribati");
    }

    @Test
    void searchesByNameOrIsoCode() {
        TextField search = _get(TextField.class, s -> s.withId("member-state-search"));

        _setValue(search, "SE");
        assertThat(_size(grid())).as("alpha-2 SE, and names containing 'se'").isPositive();
        assertThat(grid().getListDataView().getItems().map(MemberState::name)).contains("Sweden");

        _setValue(search, "ken");
        assertThat(grid().getListDataView().getItems().map(MemberState::alpha3)).containsExactly("KEN");
    }

    @Test
    void aFrenchManagerReadsStatesAndGroupsInFrenchAndFindsThemByTheirFrenchNames() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("member-states");
        @SuppressWarnings("unchecked")
        Select<RegionalGroup> group = _get(Select.class, s -> s.withId("member-state-group"));

        _setValue(group, labelled(group, "Aucun groupe régional"));
        assertThat(_getFormatted(grid(), 0, "name")).isEqualTo("Kiribati");
        _setValue(group, labelled(group, "États d'Europe occidentale et autres États"));
        _setValue(_get(TextField.class, s -> s.withId("member-state-search")), "suède");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormatted(grid(), 0, "name")).isEqualTo("Suède");
        assertThat(_getFormatted(grid(), 0, "group")).isEqualTo("États d'Europe occidentale et autres États");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("member-states");
        _setValue(_get(TextField.class, s -> s.withId("member-state-search")), "KEN");
        assertThat(_getFormatted(grid(), 0, "name")).isEqualTo("كينيا");
        assertThat(_getFormatted(grid(), 0, "group")).isEqualTo("الدول الأفريقية");
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberState> grid() {
        return _get(Grid.class, s -> s.withId("member-state-grid"));
    }

    private static String count() {
        return _get(Span.class, s -> s.withId("member-state-count")).getText();
    }
}

package org.qconsole.country.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.qconsole.country.RegionalGroup;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.common.ui.MenuSummary;

/** The reference list of United Nations member States, searchable and filterable by regional group. */
@Route("member-states")
@Menu(title = "Member States", order = 60, icon = "vaadin:globe")
@MenuSummary("menu.MemberStatesView.summary")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class MemberStatesView extends VerticalLayout implements HasDynamicTitle {

    private final RegionalGroup allGroups = new RegionalGroup("*", getTranslation("country.allGroups"));

    private final Grid<MemberState> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<RegionalGroup> group = new Select<>();
    private final Span count = new Span();
    private final ListDataProvider<MemberState> states;

    public MemberStatesView(MemberStateService memberStates) {
        setId("member-states");
        addClassName("qc-page");
        setSizeFull();
        states = new ListDataProvider<>(new ArrayList<>(memberStates.findAll()));

        search.setId("member-state-search");
        search.setPlaceholder(getTranslation("country.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> applyFilter());

        List<RegionalGroup> groups = new ArrayList<>();
        groups.add(allGroups);
        groups.addAll(memberStates.findAllGroups());
        groups.add(RegionalGroup.NONE);
        group.setId("member-state-group");
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g == allGroups ? g.name() : g.in(Language.of(getLocale())));
        group.setValue(allGroups);
        group.addValueChangeListener(e -> applyFilter());

        count.setId("member-state-count");
        HorizontalLayout toolbar = new HorizontalLayout(search, group, count);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.setId("member-state-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("country.name")).setSortable(true).setFlexGrow(3).setKey("name")
                .setComparator(Comparator.comparing(s -> s.name(getLocale()), Collator.getInstance(getLocale())));
        grid.addColumn(MemberState::alpha3).setHeader(getTranslation("country.alpha3")).setSortable(true);
        grid.addColumn(MemberState::alpha2).setHeader(getTranslation("country.alpha2")).setSortable(true);
        grid.addColumn(MemberState::numericCode).setHeader(getTranslation("country.numeric")).setSortable(true);
        grid.addColumn(s -> s.group().in(Language.of(getLocale())))
                .setHeader(getTranslation("country.regionalGroup")).setSortable(true).setFlexGrow(2).setKey("group");
        grid.setItems(states);

        add(new H1(getTranslation("menu.MemberStatesView")), toolbar, grid);
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue();
        RegionalGroup selected = Optional.ofNullable(group.getValue()).orElse(allGroups);
        states.setFilter(state -> state.matches(text, getLocale()) && inGroup(state, selected));
        count.setText(getTranslation("country.count", states.size(new com.vaadin.flow.data.provider.Query<>())));
    }

    private boolean inGroup(MemberState state, RegionalGroup selected) {
        if (selected.equals(allGroups)) {
            return true;
        }
        return state.group().equals(selected);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.MemberStatesView"));
    }
}

package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.country.RegionalGroup;
import org.qconsole.model.Language;

/** The fields above the dashboard's list of States: regional group, status, deadline and name. */
class CountryFilters extends HorizontalLayout {

    /** Narrows the list from elsewhere on the page; a {@code null} argument keeps that filter as it is. */
    @FunctionalInterface
    interface Narrowing {
        void narrow(RegionalGroup group, AssignmentStatus status, String deadline);
    }

    private final Select<RegionalGroup> group = new Select<>();
    private final Select<AssignmentStatus> status = new Select<>();
    private final Select<String> timing = new Select<>();
    private final TextField search = new TextField();

    /** @param groups the regional groups of the campaign's States */
    CountryFilters(List<RegionalGroup> groups, Runnable changed) {
        group.setId("filter-group");
        group.setLabel(getTranslation("dashboard.regionalGroup"));
        List<RegionalGroup> choices = new ArrayList<>(List.of(CountryFilter.ALL_GROUPS));
        choices.addAll(groups);
        group.setItems(choices);
        group.setItemLabelGenerator(choice -> CountryFilter.ALL_GROUPS.equals(choice)
                ? getTranslation("dashboard.filter.allGroups") : choice.in(Language.of(getLocale())));
        group.setValue(CountryFilter.ALL_GROUPS);
        status.setId("filter-status");
        status.setLabel(getTranslation("dashboard.status"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s == null ? "dashboard.filter.anyStatus" : s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("dashboard.filter.anyStatus"));
        timing.setId("filter-timing");
        timing.setLabel(getTranslation("dashboard.deadline"));
        timing.setItems(CountryFilter.ANY, CountryFilter.OVERDUE, CountryFilter.DUE_SOON);
        timing.setItemLabelGenerator(this::deadline);
        timing.setValue(CountryFilter.ANY);
        search.setId("filter-search");
        search.setLabel(getTranslation("dashboard.state"));
        search.setPlaceholder(getTranslation("dashboard.filter.nameOrCode"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        group.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        timing.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());
        add(group, status, timing, search);
        setAlignItems(Alignment.BASELINE);
    }

    private String deadline(String value) {
        return switch (value) {
            case CountryFilter.OVERDUE -> getTranslation("dashboard.overdue");
            case CountryFilter.DUE_SOON -> getTranslation("dashboard.filter.dueSoon");
            default -> getTranslation("dashboard.filter.any");
        };
    }

    CountryFilter value() {
        return new CountryFilter(group.getValue(), status.getValue(), timing.getValue(), search.getValue());
    }

    /** Sets the given filters ({@code null} keeps one as it is); each one set tells the listener. */
    void set(RegionalGroup regionalGroup, AssignmentStatus state, String deadline) {
        if (regionalGroup != null) {
            group.setValue(regionalGroup);
        }
        if (state != null) {
            status.setValue(state);
        }
        if (deadline != null) {
            timing.setValue(deadline);
        }
    }
}

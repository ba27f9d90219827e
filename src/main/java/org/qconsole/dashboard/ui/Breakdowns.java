package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CampaignDashboard.GroupBreakdown;
import org.qconsole.dashboard.CampaignDashboard.SectionBreakdown;
import org.qconsole.model.Language;

/** Completion by regional group (a group narrows the list to its States) and by section. */
class Breakdowns extends HorizontalLayout {

    Breakdowns(CampaignDashboard dashboard, CountryFilters.Narrowing narrowing) {
        Grid<GroupBreakdown> groups = new Grid<>();
        groups.setId("group-breakdown");
        groups.addThemeVariants(GridVariant.LUMO_COMPACT);
        groups.addColumn(g -> g.group().in(Language.of(getLocale()))).setHeader(getTranslation("dashboard.regionalGroup"))
                .setFlexGrow(2).setKey("group");
        groups.addColumn(GroupBreakdown::countries).setHeader(getTranslation("dashboard.states"));
        groups.addColumn(GroupBreakdown::submitted).setHeader(getTranslation("dashboard.submitted"));
        groups.addColumn(g -> getTranslation("common.percent", g.averagePercent()))
                .setHeader(getTranslation("dashboard.completion")).setKey("completion");
        groups.setItems(dashboard.groups());
        groups.setAllRowsVisible(true);
        groups.addItemClickListener(e -> narrowing.narrow(e.getItem().group(), null, null));
        Grid<SectionBreakdown> sections = new Grid<>();
        sections.setId("section-breakdown");
        sections.addThemeVariants(GridVariant.LUMO_COMPACT);
        sections.addColumn(SectionBreakdown::label).setHeader(getTranslation("dashboard.section")).setFlexGrow(3);
        sections.addColumn(s -> getTranslation("common.percent", s.averagePercent()))
                .setHeader(getTranslation("dashboard.completion")).setKey("completion");
        sections.setItems(dashboard.sections());
        sections.setAllRowsVisible(true);
        add(Boxes.box(getTranslation("dashboard.byRegionalGroup"), groups),
                Boxes.box(getTranslation("dashboard.bySection"), sections));
        setWidthFull();
    }
}

package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qconsole.common.ui.Dates;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.dashboard.CampaignOverview;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.identity.Roles;
import org.qconsole.common.ui.MenuSummary;

/**
 * Every campaign's completion in one list, newest first; a campaign opens its dashboard. With a campaign for
 * every reporting cycle the list grows long, so it can be narrowed to the campaigns whose words are typed.
 */
@Route("dashboards")
@Menu(title = "Dashboards", order = 30, icon = "vaadin:chart")
@MenuSummary("menu.OverviewView.summary")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    public OverviewView(DashboardService dashboards) {
        setId("dashboards");
        addClassName("qc-page");
        setSizeFull();
        add(new H1(getTranslation("menu.OverviewView")));
        Grid<CampaignOverview> grid = new Grid<>();
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(o -> o.campaign().title()).setHeader(getTranslation("dashboard.campaign")).setFlexGrow(3)
                .setKey("title");
        grid.addColumn(o -> Dates.day(o.campaign().deadline())).setHeader(getTranslation("dashboard.deadline")).setAutoWidth(true);
        grid.addColumn(o -> o.campaign().assigned()).setHeader(getTranslation("dashboard.states")).setAutoWidth(true);
        grid.addColumn(o -> o.count(AssignmentStatus.SUBMITTED) + o.count(AssignmentStatus.ACCEPTED))
                .setHeader(getTranslation("dashboard.submitted")).setAutoWidth(true).setKey("submitted");
        grid.addColumn(o -> o.count(AssignmentStatus.ACCEPTED)).setHeader(getTranslation("dashboard.accepted"))
                .setAutoWidth(true);
        grid.addColumn(CampaignOverview::overdue).setHeader(getTranslation("dashboard.overdue"))
                .setAutoWidth(true).setKey("overdue");
        grid.addColumn(o -> getTranslation("common.percent", o.averagePercent()))
                .setHeader(getTranslation("dashboard.completion")).setAutoWidth(true).setKey("completion");
        var campaigns = grid.setItems(dashboards.overview());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DashboardView.class, e.getItem().campaign().id()));
        TextField search = new TextField(getTranslation("dashboard.overview.search"));
        search.setId("overview-search");
        search.setPlaceholder(getTranslation("dashboard.overview.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(e -> campaigns.setFilter(campaign -> campaign.matches(e.getValue())));
        add(search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.OverviewView"));
    }
}

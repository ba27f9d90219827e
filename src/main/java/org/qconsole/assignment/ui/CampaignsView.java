package org.qconsole.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.Campaign;
import org.qconsole.country.MemberStateService;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TranslationService;
import org.qconsole.common.ui.MenuSummary;

/** Every questionnaire sent out; the secretariat sends new ones from here. */
@Route("campaigns")
@Menu(title = "Campaigns", order = 20, icon = "vaadin:paperplane-o")
@MenuSummary("menu.CampaignsView.summary")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    public CampaignsView(AssignmentService assignments, TemplateService templates, TranslationService translations,
            MemberStateService memberStates, CurrentUserService currentUsers) {
        setId("campaigns");
        addClassName("qc-page");
        setSizeFull();
        add(new H1(getTranslation("menu.CampaignsView")));
        if (currentUsers.require().has(Role.SECRETARIAT)) {
            Button create = new Button(getTranslation("assignment.campaigns.new"), VaadinIcon.PAPERPLANE_O.create(),
                    e -> new NewCampaignDialog(assignments, templates, translations, memberStates).open());
            create.setId("campaign-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<Campaign> grid = new Grid<>();
        grid.setId("campaign-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Campaign::title).setHeader(getTranslation("assignment.campaigns.title")).setFlexGrow(3);
        grid.addColumn(Campaign::templateLabel).setHeader(getTranslation("assignment.campaigns.questionnaire")).setAutoWidth(true);
        grid.addColumn(Campaign::circularReference).setHeader(getTranslation("assignment.campaigns.reference")).setAutoWidth(true);
        grid.addColumn(Campaign::deadline).setHeader(getTranslation("assignment.campaign.deadline")).setAutoWidth(true);
        grid.addColumn(Campaign::assigned).setHeader(getTranslation("assignment.campaigns.states")).setAutoWidth(true);
        grid.setItems(assignments.campaigns());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CampaignView.class, e.getItem().id()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.CampaignsView"));
    }
}

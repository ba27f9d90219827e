package org.qconsole.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.qconsole.common.ui.Dates;
import org.qconsole.common.ui.FactLine;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.common.ui.TimeLeft;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;

/** One campaign: every State it went to, with deadline and status; the secretariat extends or withdraws. */
@Route("campaign")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class CampaignView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient AssignmentService assignments;
    private final boolean secretariat;
    private final Grid<Assignment> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private long campaignId;

    public CampaignView(AssignmentService assignments, CurrentUserService currentUsers) {
        this.assignments = assignments;
        this.secretariat = currentUsers.require().has(Role.SECRETARIAT);
        setId("campaign");
        addClassName("qc-page");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            Campaign campaign = assignments.campaign(id);
            campaignId = id;
            H1 heading = new H1(campaign.title());
            heading.setId("campaign-heading");
            Paragraph facts = new Paragraph(getTranslation("assignment.campaign.facts",
                    FactLine.of(campaign.templateLabel(), campaign.circularReference()), Dates.day(campaign.deadline()),
                    campaign.assigned(), campaign.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
            facts.setId("campaign-facts");
            message.setId("campaign-message");
            configureGrid();
            Button dashboard = new Button(getTranslation("assignment.campaign.dashboard"), com.vaadin.flow.component.icon.VaadinIcon.CHART.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("dashboard/" + id)));
            dashboard.setId("campaign-dashboard");
            add(heading, facts);
            if (campaign.hardDeadline()) {
                Paragraph hard = new Paragraph(getTranslation("assignment.campaign.hardDeadline"));
                hard.setId("campaign-hard-deadline");
                add(hard);
            }
            add(dashboard, message, grid);
            refresh();
        } catch (AssignmentException e) {
            add(new H1(getTranslation("assignment.campaign.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    private void configureGrid() {
        grid.setId("assignment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.country().label(getLocale())).setHeader(getTranslation("assignment.campaign.memberState")).setFlexGrow(2).setSortable(true);
        grid.addColumn(a -> a.country().group().in(Language.of(getLocale())))
                .setHeader(getTranslation("assignment.campaign.regionalGroup")).setFlexGrow(2).setSortable(true);
        grid.addColumn(a -> Dates.day(a.deadline())).setHeader(getTranslation("assignment.campaign.deadline"))
                .setAutoWidth(true).setComparator(Assignment::deadline);
        grid.addColumn(a -> a.status() == AssignmentStatus.WITHDRAWN ? "" : TimeLeft.of(a.daysLeft(LocalDate.now())))
                .setHeader(getTranslation("assignment.campaign.time")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.status().messageKey())
                        + a.withdrawnReason().map(r -> ": " + r).orElse(""))
                .setHeader(getTranslation("assignment.campaign.status")).setFlexGrow(2);
        if (secretariat) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        }
        // At most 193 rows: show them all, so that the page scrolls as one and every State can be found.
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("response/" + e.getItem().id())));
    }

    private HorizontalLayout actions(Assignment assignment) {
        HorizontalLayout actions = new HorizontalLayout();
        if (assignment.status() != AssignmentStatus.WITHDRAWN) {
            Button extend = new Button(getTranslation("assignment.campaign.extend"), e -> extend(assignment));
            extend.setId("extend-" + assignment.country().alpha3());
            Button withdraw = new Button(getTranslation("assignment.campaign.withdraw"), e -> withdraw(assignment));
            withdraw.setId("withdraw-" + assignment.country().alpha3());
            extend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(extend, withdraw);
        }
        return actions;
    }

    private void extend(Assignment assignment) {
        DatePicker date = new DatePicker(getTranslation("assignment.extend.date",
                assignment.country().name(getLocale())), assignment.deadline().plusDays(14));
        date.setId("extend-date");
        confirm(getTranslation("assignment.extend.title"), date, () -> assignments.extendDeadline(assignment.id(), date.getValue()));
    }

    private void withdraw(Assignment assignment) {
        TextArea reason = new TextArea(getTranslation("assignment.withdraw.reason",
                assignment.country().name(getLocale())));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        confirm(getTranslation("assignment.withdraw.title"), reason, () -> assignments.withdraw(assignment.id(), reason.getValue()));
    }

    private void confirm(String title, com.vaadin.flow.component.Component field, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Paragraph error = new Paragraph();
        error.addClassName("qc-error");
        dialog.add(new VerticalLayout(field, error));
        Button ok = new Button(getTranslation("assignment.confirm"), e -> {
            try {
                action.run();
                dialog.close();
                refresh();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        ok.setId("confirm-action");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("assignment.campaign.pageTitle"));
    }

    private void refresh() {
        grid.setItems(assignments.assignments(campaignId));
    }
}

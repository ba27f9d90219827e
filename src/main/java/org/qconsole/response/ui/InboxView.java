package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.MenuSummary;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.questionnaire.Progress;
import org.qconsole.response.AnswerService;

/** A country's questionnaires from the secretariat: what, by when, and where each stands. */
@Route("inbox")
@Menu(title = "Inbox", order = 10, icon = "vaadin:inbox")
@MenuSummary("the questionnaires the secretariat has sent to your country")
@PageTitle("Inbox · Questionnaire Console")
@RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
class InboxView extends VerticalLayout {

    public InboxView(AssignmentService assignments, AnswerService answers, CurrentUserService currentUsers) {
        setId("inbox");
        addClassName("qc-page");
        setSizeFull();
        String country = currentUsers.require().country().map(c -> c.name()).orElse("");
        add(new H1("Questionnaires for " + country));
        List<Assignment> mine = assignments.myAssignments();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("No questionnaire has been sent to " + country + " yet.");
            none.setId("inbox-empty");
            add(none);
            return;
        }
        Map<Long, Progress> progress = answers.progress(mine);
        Grid<Assignment> grid = new Grid<>();
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Assignment::campaignTitle).setHeader("Questionnaire").setFlexGrow(3);
        grid.addColumn(Assignment::circularReference).setHeader("Reference").setAutoWidth(true);
        grid.addColumn(Assignment::deadline).setHeader("Deadline").setAutoWidth(true);
        grid.addColumn(a -> a.status() == AssignmentStatus.WITHDRAWN ? "" : a.timeLeft(LocalDate.now()))
                .setHeader("Time").setAutoWidth(true);
        grid.addColumn(a -> a.status().label() + a.withdrawnReason().map(r -> ": " + r).orElse(""))
                .setHeader("Status").setFlexGrow(2);
        grid.addColumn(a -> a.status() == AssignmentStatus.WITHDRAWN ? "" : progress.get(a.id()).percent() + "%")
                .setHeader("Completed").setAutoWidth(true).setKey("completion");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("response/" + e.getItem().id()));
        add(grid);
    }
}

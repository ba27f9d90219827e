package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qconsole.model.Language;
import org.qconsole.response.Delegations;
import org.qconsole.common.ui.Dates;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.MenuSummary;
import org.qconsole.common.ui.TimeLeft;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.questionnaire.Progress;
import org.qconsole.response.AnswerService;

/** A country's questionnaires from the secretariat: what, by when, and where each stands. */
@Route("inbox")
@Menu(title = "Inbox", order = 10, icon = "vaadin:inbox")
@MenuSummary("menu.InboxView.summary")
@RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(AssignmentService assignments, AnswerService answers, CurrentUserService currentUsers,
            Delegations delegations) {
        setId("inbox");
        addClassName("qc-page");
        setSizeFull();
        String country = currentUsers.require().country().map(c -> c.name(getLocale())).orElse("");
        add(new H1(getTranslation("inbox.title", country)));
        List<Assignment> mine = assignments.myAssignments();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.noQuestionnaire", country));
            none.setId("inbox-empty");
            add(none);
            return;
        }
        Map<Long, Progress> progress = answers.progress(mine);
        Map<Long, Delegations.GivenWork> given = delegations.givenToMe(mine);
        Grid<Assignment> grid = new Grid<>();
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // A link, not only a clickable row: reached with the keyboard (Enter in the cell, then Enter) and by
        // screen readers as what it is, and opened in a new tab if the user wishes.
        grid.addComponentColumn(a -> new RouterLink(a.campaignTitle(), ResponseView.class, a.id()))
                .setHeader(getTranslation("inbox.questionnaire")).setFlexGrow(3).setKey("questionnaire");
        grid.addColumn(Assignment::circularReference).setHeader(getTranslation("inbox.reference"))
                .setAutoWidth(true);
        grid.addColumn(a -> Dates.day(a.deadline())).setHeader(getTranslation("inbox.deadline")).setAutoWidth(true);
        grid.addColumn(a -> a.status() == AssignmentStatus.WITHDRAWN ? "" : TimeLeft.of(a.daysLeft(LocalDate.now())))
                .setHeader(getTranslation("inbox.time")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.status().messageKey()) + a.withdrawnReason().map(r -> ": " + r).orElse(""))
                .setHeader(getTranslation("inbox.status")).setFlexGrow(2);
        grid.addColumn(a -> a.status() == AssignmentStatus.WITHDRAWN ? ""
                        : getTranslation("common.percent", progress.get(a.id()).percent()))
                .setHeader(getTranslation("inbox.completed")).setAutoWidth(true).setKey("completion");
        if (!given.isEmpty()) {
            Language language = QuestionnaireLanguage.current();
            grid.addColumn(a -> given.containsKey(a.id()) ? givenText(given.get(a.id()), language) : "")
                    .setHeader(getTranslation("delegation.inbox.column")).setFlexGrow(2).setKey("given");
        }
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("response/" + e.getItem().id()));
        add(grid);
    }

    /** "II. Legal framework; III. Practice, by 15 January 2027". */
    private String givenText(Delegations.GivenWork work, Language language) {
        String what = work.wholeResponse() ? getTranslation("delegation.inbox.whole")
                : work.sections().stream().map(section -> section.heading(language)).collect(Collectors.joining("; "));
        return work.dueDate().map(due -> getTranslation("delegation.inbox.due", what, Dates.day(due))).orElse(what);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.InboxView"));
    }
}

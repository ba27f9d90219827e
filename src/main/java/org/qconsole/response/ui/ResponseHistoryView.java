package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.identity.Roles;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.ResponseHistory;
import org.qconsole.response.ResponseHistoryService;

/** The audit trail of one response: who changed which answer from what to what, and every status change. */
@Route("response-history")
@PageTitle("History · Questionnaire Console")
@RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT})
class ResponseHistoryView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("UTC"));

    private final transient ResponseHistoryService history;

    public ResponseHistoryView(ResponseHistoryService history) {
        this.history = history;
        setId("response-history");
        addClassName("qc-page");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long assignmentId) {
        removeAll();
        try {
            show(history.history(assignmentId));
        } catch (AssignmentException e) {
            add(new H1("Questionnaire not found"), new Paragraph(e.getMessage()));
        }
    }

    private void show(ResponseHistory trail) {
        var assignment = trail.assignment();
        H1 heading = new H1("History: " + assignment.campaignTitle());
        heading.setId("history-heading");
        Paragraph facts = new Paragraph(assignment.country().label() + " · " + assignment.status().label() + " · "
                + trail.entries().size() + " recorded changes (times in UTC)");
        Button back = new Button("Back to the questionnaire", VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResponseView.class, assignment.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("history-back");
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::question).setHeader("Question").setFlexGrow(3);
        grid.addColumn(HistoryEntry::before).setHeader("Before").setFlexGrow(2).setKey("before");
        grid.addColumn(HistoryEntry::after).setHeader("After").setFlexGrow(2).setKey("after");
        grid.addColumn(HistoryEntry::note).setHeader("Comment").setFlexGrow(2);
        var items = grid.setItems(trail.entries());
        Select<String> filter = new Select<>();
        filter.setId("history-filter");
        filter.setLabel("Show");
        filter.setItems(List.of("Everything", "Answer changes", "Status changes", "Review comments"));
        filter.setValue("Everything");
        filter.addValueChangeListener(e -> items.setFilter(entry -> switch (e.getValue()) {
            case "Answer changes" -> entry.kind() == HistoryEntry.Kind.ANSWER;
            case "Status changes" -> entry.kind() == HistoryEntry.Kind.STATUS;
            case "Review comments" -> entry.kind() == HistoryEntry.Kind.COMMENT;
            default -> true;
        }));
        add(back, heading, facts, filter, grid);
    }
}

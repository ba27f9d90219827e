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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.qconsole.common.ui.Dates;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.ResponseHistory;
import org.qconsole.response.ResponseHistoryService;

/** The audit trail of one response: who changed which answer from what to what, and every status change. */
@Route("response-history")
@RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT})
class ResponseHistoryView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {


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
            show(history.history(assignmentId, Language.of(getLocale())));
        } catch (AssignmentException e) {
            add(new H1(getTranslation("response.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    private void show(ResponseHistory trail) {
        var assignment = trail.assignment();
        H1 heading = new H1(getTranslation("history.title", assignment.campaignTitle()));
        heading.setId("history-heading");
        Paragraph facts = new Paragraph(getTranslation("history.facts", assignment.country().label(getLocale()),
                getTranslation(assignment.status().messageKey()), trail.entries().size()));
        Button back = new Button(getTranslation("history.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResponseView.class, assignment.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("history-back");
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Dates.momentToTheSecond(e.at())).setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::what).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::question).setHeader(getTranslation("history.question")).setFlexGrow(3);
        grid.addColumn(HistoryEntry::before).setHeader(getTranslation("history.before")).setFlexGrow(2).setKey("before");
        grid.addColumn(HistoryEntry::after).setHeader(getTranslation("history.after")).setFlexGrow(2).setKey("after");
        grid.addColumn(HistoryEntry::note).setHeader(getTranslation("history.comment")).setFlexGrow(2);
        var items = grid.setItems(trail.entries());
        Select<Optional<HistoryEntry.Kind>> filter = new Select<>();
        filter.setId("history-filter");
        filter.setLabel(getTranslation("history.show"));
        filter.setItems(Optional.empty(), Optional.of(HistoryEntry.Kind.ANSWER), Optional.of(HistoryEntry.Kind.STATUS),
                Optional.of(HistoryEntry.Kind.COMMENT));
        filter.setItemLabelGenerator(kind -> getTranslation("history.show." + kind.map(Enum::name).orElse("ALL")));
        filter.setValue(Optional.empty());
        filter.addValueChangeListener(e -> items.setFilter(entry -> e.getValue().map(kind -> entry.kind() == kind)
                .orElse(true)));
        add(back, heading, facts, filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("history.pageTitle"));
    }
}

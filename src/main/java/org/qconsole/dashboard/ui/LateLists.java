package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.common.ui.Dates;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CountryProgress;

/** The States that are late and those due within days; each opens its response. */
class LateLists extends HorizontalLayout {

    LateLists(CampaignDashboard dashboard, LocalDate today, Consumer<CountryProgress> open) {
        add(Boxes.box(getTranslation("dashboard.overdue"), list("overdue-list", dashboard.overdue(today),
                        getTranslation("dashboard.late.noneOverdue"), open)),
                Boxes.box(getTranslation("dashboard.late.dueSoon", CountryProgress.DUE_SOON_DAYS), list("due-soon-list",
                        dashboard.dueSoon(today), getTranslation("dashboard.late.noneDueSoon"), open)));
        setWidthFull();
    }

    private Component list(String id, List<CountryProgress> countries, String none,
            Consumer<CountryProgress> open) {
        if (countries.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.setId(id);
            return empty;
        }
        Grid<CountryProgress> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> c.country().label(getLocale())).setHeader(getTranslation("dashboard.state")).setFlexGrow(2);
        grid.addColumn(c -> Dates.day(c.deadline())).setHeader(getTranslation("dashboard.deadline"));
        grid.addColumn(c -> getTranslation("common.percent", c.percent()))
                .setHeader(getTranslation("dashboard.completion"));
        grid.setItems(countries);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        return grid;
    }
}

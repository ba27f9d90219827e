package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.Locale;
import org.qconsole.dashboard.CampaignDashboard;

/** How many States are in each status, and how many are late: each number narrows the list to them. */
class StatusCounts extends FlexLayout {

    StatusCounts(CampaignDashboard dashboard, LocalDate today, CountryFilters.Narrowing narrowing) {
        setId("status-counts");
        getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        dashboard.statusCounts().forEach((state, count) -> {
            Button button = new Button(getTranslation("dashboard.count", getTranslation(state.messageKey()), count),
                    e -> narrowing.narrow(null, state, null));
            button.setId("status-count-" + state.name().toLowerCase(Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            add(button);
        });
        long overdue = dashboard.overdue(today).size();
        Button late = new Button(getTranslation("dashboard.count", getTranslation("dashboard.overdue"), overdue),
                e -> narrowing.narrow(null, null, CountryFilter.OVERDUE));
        late.setId("status-count-overdue");
        late.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(late);
    }
}

package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.common.ui.Dates;
import org.qconsole.country.MemberState;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.CountryProgress;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequests;

/**
 * What the States asked the secretariat for in this campaign (more time, a response reopened), those waiting
 * first; the secretariat grants or refuses each with a comment, managers read them.
 */
class RequestsPanel extends VerticalLayout {

    RequestsPanel(CampaignDashboard dashboard, CountryRequests requests) {
        setId("dashboard-requests");
        setPadding(false);
        List<CountryRequest> all = requests.ofCampaign(dashboard.campaign().id());
        long waiting = all.stream().filter(CountryRequest::isPending).count();
        H3 title = new H3(getTranslation("dashboard.requests.title", waiting));
        title.setId("dashboard-requests-title");
        add(title);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.requests.none")));
            return;
        }
        Map<String, MemberState> states = dashboard.countries().stream().map(CountryProgress::country)
                .collect(Collectors.toMap(MemberState::alpha3, Function.identity(), (a, b) -> a));
        add(grid(all, states, requests.mayDecide() ? requests : null));
    }

    private Grid<CountryRequest> grid(List<CountryRequest> all, Map<String, MemberState> states,
            CountryRequests decider) {
        Grid<CountryRequest> grid = new Grid<>();
        grid.setId("dashboard-requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> states.containsKey(r.country()) ? states.get(r.country()).label(getLocale()) : r.country())
                .setHeader(getTranslation("dashboard.state")).setAutoWidth(true).setKey("state");
        grid.addColumn(r -> getTranslation(r.kind().messageKey()) + r.until().map(d -> " · " + Dates.day(d)).orElse(""))
                .setHeader(getTranslation("dashboard.requests.what")).setAutoWidth(true).setKey("what");
        grid.addColumn(CountryRequest::reason).setHeader(getTranslation("dashboard.requests.reason")).setFlexGrow(2)
                .setKey("reason");
        grid.addColumn(r -> r.requestedBy() + " · " + Dates.moment(r.requestedAt()))
                .setHeader(getTranslation("dashboard.requests.asked")).setAutoWidth(true).setKey("asked");
        grid.addColumn(this::decision).setHeader(getTranslation("dashboard.requests.decision")).setFlexGrow(2)
                .setKey("decision");
        if (decider != null) {
            grid.addComponentColumn(r -> r.isPending() ? decide(decider, r) : new HorizontalLayout())
                    .setHeader(getTranslation("dashboard.requests.decide")).setAutoWidth(true).setKey("decide");
        }
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String decision(CountryRequest r) {
        if (r.isPending()) {
            return getTranslation(r.decision().messageKey());
        }
        return getTranslation(r.decision().messageKey()) + " · " + r.decidedBy().orElse("") + " · "
                + r.decidedAt().map(Dates::moment).orElse("") + (r.comment().isEmpty() ? "" : " · " + r.comment());
    }

    private HorizontalLayout decide(CountryRequests requests, CountryRequest request) {
        Button grant = new Button(getTranslation("dashboard.requests.grant"),
                e -> new DecisionDialog(requests, request, true, RequestsPanel::reload).open());
        grant.setId("request-grant-" + request.id());
        Button refuse = new Button(getTranslation("dashboard.requests.refuse"),
                e -> new DecisionDialog(requests, request, false, RequestsPanel::reload).open());
        refuse.setId("request-refuse-" + request.id());
        return new HorizontalLayout(grant, refuse);
    }

    /** A decision moves deadlines and statuses: the whole dashboard shows them anew. */
    private static void reload() {
        UI.getCurrent().getPage().reload();
    }
}

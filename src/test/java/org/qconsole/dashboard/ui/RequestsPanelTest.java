package org.qconsole.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.ResponsesInEveryStatus;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaign's dashboard lists the States' requests; the secretariat grants or refuses them there. */
class RequestsPanelTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    CountryRequests requests;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void theSecretariatGrantsMoreTimeAndTheStatesDeadlineMoves() {
        long id = swedenAsksForTwoWeeks();
        signInAs("secretariat");
        LocalDate asked = requests.ofResponse(id).get(0).until().orElseThrow();
        UI.getCurrent().navigate(DashboardView.class, assignments.assignment(id).campaignId());

        assertThat(_get(H3.class, s -> s.withId("dashboard-requests-title")).getText())
                .isEqualTo("Requests from States (1 waiting)");
        Grid<CountryRequest> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Sweden (SWE)");
        assertThat(GridKt._getFormatted(grid, 0, "reason")).isEqualTo("Our parliament is in recess.");
        _click(decision(grid, 0, 0));
        _click(_get(Button.class, s -> s.withId("request-grant-confirm")));

        assertThat(assignments.assignment(id).deadline()).isEqualTo(asked);
        assertThat(requests.ofResponse(id).get(0).decision()).isEqualTo(CountryRequest.Decision.GRANTED);
    }

    @Test
    void aRefusalNeedsAComment() {
        long id = swedenAsksForTwoWeeks();
        signInAs("secretariat");
        LocalDate deadline = assignments.assignment(id).deadline();
        UI.getCurrent().navigate(DashboardView.class, assignments.assignment(id).campaignId());

        _click(decision(grid(), 0, 1));
        _click(_get(Button.class, s -> s.withId("request-refuse-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("request-refuse-error")).getText())
                .isEqualTo("Say why the request is refused: the State reads it.");
        _setValue(_get(TextArea.class, s -> s.withId("request-refuse-comment")), "The Conference set the date.");
        _click(_get(Button.class, s -> s.withId("request-refuse-confirm")));

        assertThat(requests.ofResponse(id).get(0).comment()).isEqualTo("The Conference set the date.");
        assertThat(assignments.assignment(id).deadline()).isEqualTo(deadline);
    }

    @Test
    void cancellingADecisionDecidesNothing() {
        long id = swedenAsksForTwoWeeks();
        signInAs("secretariat");
        UI.getCurrent().navigate(DashboardView.class, assignments.assignment(id).campaignId());

        _click(decision(grid(), 0, 0));
        _click(_get(Button.class, s -> s.withId("request-grant-cancel")));
        _click(decision(grid(), 0, 1));
        _click(_get(Button.class, s -> s.withId("request-refuse-cancel")));

        assertThat(requests.ofResponse(id).get(0).isPending()).isTrue();
    }

    @Test
    void managersReadTheRequestsButDoNotDecide() {
        long id = swedenAsksForTwoWeeks();
        signInAs("manager");
        UI.getCurrent().navigate(DashboardView.class, assignments.assignment(id).campaignId());

        Grid<CountryRequest> grid = grid();
        assertThat(grid.getColumnByKey("decide")).isNull();
        assertThat(GridKt._getFormatted(grid, 0, "decision")).isEqualTo("Waiting for a decision");
    }

    private long swedenAsksForTwoWeeks() {
        long id = new ResponsesInEveryStatus(users, templates, assignments, answers, workflow, "REQD")
                .in(AssignmentStatus.IN_PROGRESS);
        signInAs("swe.focal");
        requests.askForExtension(id, assignments.assignment(id).deadline().plusDays(14), "Our parliament is in recess.");
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<CountryRequest> grid() {
        return _get(Grid.class, s -> s.withId("dashboard-requests-grid"));
    }

    /** The grant (0) or refuse (1) button of a row. */
    private static Button decision(Grid<CountryRequest> grid, int row, int which) {
        return (Button) ((HorizontalLayout) GridKt._getCellComponent(grid, row, "decide")).getComponentAt(which);
    }
}

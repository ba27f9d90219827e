package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Predicate;
import org.qconsole.assignment.Assignment;
import org.qconsole.common.ui.Dates;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.CountryRequest.Kind;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.WorkflowAction;

/**
 * On a response's page, what its country asked the secretariat and what was decided, and, for the focal point,
 * the buttons to ask for more time or for the response to be reopened (exactly when the workflow allows it);
 * after a hard deadline, why the response cannot be submitted.
 */
final class ResponseRequests extends VerticalLayout {

    /** @param allowed whether the workflow allows the signed-in user an action now (as the page's buttons say) */
    ResponseRequests(CountryRequests requests, Assignment assignment, Predicate<WorkflowAction> allowed) {
        setId("response-requests");
        setPadding(false);
        setSpacing(false);
        HorizontalLayout asks = new HorizontalLayout();
        if (allowed.test(WorkflowAction.ASK_FOR_EXTENSION) && !allowed.test(WorkflowAction.SUBMIT)
                && assignment.pastHardDeadline(Assignment.today())) {
            Paragraph hard = new Paragraph(getTranslation("request.pastHardDeadline", Dates.day(assignment.deadline())));
            hard.setId("response-hard-deadline");
            add(hard);
        }
        ask(requests, assignment, allowed, WorkflowAction.ASK_FOR_EXTENSION, Kind.EXTENSION, asks);
        ask(requests, assignment, allowed, WorkflowAction.ASK_TO_REOPEN, Kind.REOPENING, asks);
        if (asks.getComponentCount() > 0) {
            add(asks);
        }
        List<CountryRequest> asked = requests.ofResponse(assignment.id());
        asked.forEach(request -> add(line(request)));
        setVisible(getComponentCount() > 0);
    }

    private void ask(CountryRequests requests, Assignment assignment, Predicate<WorkflowAction> allowed,
            WorkflowAction action, Kind kind, HorizontalLayout asks) {
        if (allowed.test(action)) {
            Button button = new Button(getTranslation("request.ask." + kind.name()),
                    e -> new RequestDialog(requests, assignment, kind, () -> UI.getCurrent().getPage().reload()).open());
            button.setId("response-ask-" + kind.dbValue());
            asks.add(button);
        }
    }

    /** "More time until 15 January 2027, asked by swe.focal on …: granted by secretariat: comment". */
    private Div line(CountryRequest request) {
        String asked = getTranslation("request.line." + request.kind().name(),
                request.until().map(Dates::day).orElse(""), request.requestedBy(), Dates.moment(request.requestedAt()),
                request.reason());
        String decided = request.isPending() ? getTranslation("request.waiting")
                : getTranslation("request.decided." + request.decision().name(), request.decidedBy().orElse(""),
                        request.decidedAt().map(Dates::moment).orElse(""))
                        + (request.comment().isEmpty() ? "" : " " + getTranslation("request.comment", request.comment()));
        Div line = new Div(new Paragraph(asked), new Paragraph(decided));
        line.setId("response-request-" + request.id());
        line.addClassName("qc-request");
        return line;
    }
}

package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.qconsole.model.Language;
import org.qconsole.response.Delegations;
import org.qconsole.response.InternalComments;
import org.qconsole.response.Response;
import org.qconsole.response.WorkflowAction;

/**
 * On a response's page, the work inside the country, for its own users only: who has which sections
 * ({@link ResponseColleagues}) and the comments between colleagues ({@link InternalCommentsPanel}). The
 * secretariat and managers get nothing here.
 */
final class CountryWork {

    private CountryWork() {
    }

    /**
     * @param allowed whether the workflow allows the signed-in user an action now
     * @param changed shows the response anew after a change here
     */
    static Component of(Delegations delegations, InternalComments comments, Response response, Language language,
            Predicate<WorkflowAction> allowed, BiFunction<String, String, Component> goTo, Runnable changed,
            Consumer<String> problem) {
        VerticalLayout work = new VerticalLayout();
        work.setPadding(false);
        if (!response.rights().ofTheCountry()) {
            work.setVisible(false);
            return work;
        }
        work.add(new ResponseColleagues(delegations, response, allowed.test(WorkflowAction.DELEGATE), language, changed,
                problem), new InternalCommentsPanel(comments, response.assignment().id(),
                response.questionnaire().questions(), allowed.test(WorkflowAction.DISCUSS), goTo, changed));
        return work;
    }
}

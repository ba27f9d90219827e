package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
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
 * ({@link ResponseColleagues}) and the comments between colleagues ({@link InternalCommentsPanel}), folded under a
 * line that counts them so that the form stays near the top of the page. The secretariat and managers get nothing
 * here.
 */
final class CountryWork {

    private CountryWork() {
    }

    /**
     * @param allowed whether the workflow allows the signed-in user an action now
     * @param changed shows the response anew after a change here
     * @param opened whether the fold is open (it stays as the user left it when the page is shown anew)
     */
    static Component of(Delegations delegations, InternalComments comments, Response response, Language language,
            Predicate<WorkflowAction> allowed, BiFunction<String, String, Component> goTo, Runnable changed,
            Consumer<String> problem, boolean opened, Consumer<Boolean> openedChanged) {
        if (!response.rights().ofTheCountry()) {
            VerticalLayout none = new VerticalLayout();
            none.setVisible(false);
            return none;
        }
        long id = response.assignment().id();
        VerticalLayout work = new VerticalLayout(new ResponseColleagues(delegations, response,
                allowed.test(WorkflowAction.DELEGATE), language, changed, problem), new InternalCommentsPanel(comments,
                id, response.questionnaire().questions(), allowed.test(WorkflowAction.DISCUSS), goTo, changed));
        work.setPadding(false);
        Details fold = new Details(work.getTranslation("delegation.summary", delegations.ofResponse(id).size(),
                comments.ofResponse(id).size()), work);
        fold.setId("country-work");
        fold.setWidthFull();
        fold.setOpened(opened);
        fold.addOpenedChangeListener(e -> openedChanged.accept(e.isOpened()));
        return fold;
    }
}

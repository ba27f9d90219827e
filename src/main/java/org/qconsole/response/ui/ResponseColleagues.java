package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.response.Delegation;
import org.qconsole.response.Delegations;
import org.qconsole.response.Response;

/**
 * On a response's page, for the State's own users, the work given inside the country: who has which section, by
 * when, and the focal point's message. The focal point (while the response is answered) also gives sections,
 * withdraws them and lets contributors change every section.
 */
final class ResponseColleagues extends VerticalLayout {

    /**
     * @param mayDelegate whether the signed-in user may give work now (the workflow's {@code DELEGATE})
     * @param refresh shows the response anew once work was given or withdrawn
     * @param problem shows a refusal on the page
     */
    ResponseColleagues(Delegations delegations, Response response, boolean mayDelegate, Language language,
            Runnable refresh, Consumer<String> problem) {
        setId("response-colleagues");
        setPadding(false);
        setSpacing(false);
        long id = response.assignment().id();
        if (!response.rights().ofTheCountry()) { // the State's own work: not the secretariat's nor managers'
            setVisible(false);
            return;
        }
        List<Delegation> given = delegations.ofResponse(id);
        if (given.isEmpty() && !mayDelegate) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("delegation.title")));
        Map<String, Section> sections = response.questionnaire().sections().stream()
                .collect(Collectors.toMap(Section::key, section -> section));
        if (given.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("delegation.none"));
            none.setId("delegation-none");
            add(none);
        }
        given.forEach(delegation -> add(line(delegations, delegation, sections, language, mayDelegate ? refresh : null,
                problem)));
        if (mayDelegate) {
            Checkbox editAll = new Checkbox(getTranslation("delegation.editAll"), delegations.colleaguesEditAll(id));
            editAll.setId("delegation-edit-all");
            editAll.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> delegations.letColleaguesEditAll(id, e.getValue()), problem);
                }
            });
            Button give = new Button(getTranslation("delegation.give"), e -> new DelegationDialog(delegations,
                    response, language, refresh::run).open());
            give.setId("delegation-give-open");
            HorizontalLayout actions = new HorizontalLayout(give, editAll);
            actions.setAlignItems(Alignment.BASELINE);
            add(actions);
        }
    }

    /** "swe.contributor: II. Legal framework · by 15 January 2027 · given by swe.focal on …", its message, withdraw. */
    /** @param withdrawn shows the response anew after a withdrawal; {@code null}: no withdrawing here */
    private Div line(Delegations delegations, Delegation delegation, Map<String, Section> sections, Language language,
            Runnable withdrawn, Consumer<String> problem) {
        String what = delegation.sectionKey().map(key -> sections.containsKey(key) ? sections.get(key).heading(language)
                : key).orElse(getTranslation("delegation.line.whole"));
        StringBuilder text = new StringBuilder(getTranslation("delegation.line", delegation.assignee(), what));
        delegation.dueDate().ifPresent(due -> text.append(" · ").append(getTranslation("delegation.line.due",
                Dates.day(due))));
        text.append(" · ").append(getTranslation("delegation.line.given", delegation.assignedBy(),
                Dates.moment(delegation.assignedAt())));
        Div line = new Div(new Paragraph(text.toString()));
        line.setId("delegation-" + delegation.id());
        line.addClassName("qc-delegation");
        if (!delegation.message().isEmpty()) {
            line.add(new Paragraph(getTranslation("delegation.line.message", delegation.message())));
        }
        if (withdrawn != null) {
            Button withdraw = new Button(getTranslation("delegation.withdraw"), e -> act(() -> {
                delegations.withdraw(delegation.assignmentId(), delegation.id());
                Notification.show(getTranslation("delegation.withdrawn", delegation.assignee(), what));
                withdrawn.run();
            }, problem));
            withdraw.setId("delegation-withdraw-" + delegation.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            line.add(withdraw);
        }
        return line;
    }

    private static void act(Runnable action, Consumer<String> problem) {
        try {
            action.run();
        } catch (AssignmentException e) {
            problem.accept(e.reason(UI.getCurrent().getLocale()));
        }
    }
}

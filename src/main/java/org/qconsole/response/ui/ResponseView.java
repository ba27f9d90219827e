package org.qconsole.response.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.CountryRequests;
import org.qconsole.response.Delegations;
import org.qconsole.response.InternalComments;
import org.qconsole.response.DocumentService;
import org.qconsole.response.Response;
import org.qconsole.response.ResponsePdf;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.SectionReviews;
import org.qconsole.response.SectionRights;
import org.qconsole.response.WorkflowAction;

/**
 * A country's questionnaire, one section at a time: answered as the users type, each answer saved at once
 * ({@link Autosave}). The saving state is always visible ({@link SaveStatus}); the address names the section
 * shown; the workflow's actions are those it allows ({@link WorkflowActions}).
 */
// Other features link here by this route ("response/<assignment id>"), never by this class.
@Route("response")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
class ResponseView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long>, BeforeLeaveObserver {

    static final int RETRY_MILLIS = Autosave.RETRY_MILLIS;
    /** The query parameter naming the section shown. */
    static final String SECTION = "section";

    private final transient AnswerService answers;
    private final transient ResponseWorkflow workflow;
    private final transient SectionTypeService sectionTypes;
    private final transient ResponsePdf pdfs;
    private final transient DocumentService documents;
    private final transient CountryRequests requests;
    private final transient Delegations delegations;
    private final transient SectionReviews reviews;
    private final transient InternalComments comments;
    private final SaveStatus status = new SaveStatus();
    private final SubmissionProblems problems = new SubmissionProblems(this::goTo);
    private SectionRights rights = SectionRights.READ_ONLY;
    private SectionReviewBar reviewBar;
    private boolean workOpened;
    private QuestionnaireForm form;
    private Autosave autosave;
    private SectionNavigation navigation;
    private SectionSteps steps;
    private String sectionKey = "";
    private Registration retry;
    private long assignmentId;

    ResponseView(AnswerService answers, ResponseWorkflow workflow, SectionTypeService sectionTypes,
            ResponsePdf pdfs, DocumentService documents, CountryRequests requests, Delegations delegations,
            SectionReviews reviews, InternalComments comments) {
        this.reviews = reviews;
        this.comments = comments;
        this.answers = answers;
        this.delegations = delegations;
        this.requests = requests;
        this.documents = documents;
        this.pdfs = pdfs;
        this.sectionTypes = sectionTypes;
        this.workflow = workflow;
        setId("response");
        addClassName("qc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        String section = sectionOf(event.getLocation());
        if (form != null && id == assignmentId) { // another section of this response: a link, back or forward
            showSection(section);
            return;
        }
        removeAll();
        try {
            Response response = answers.open(id);
            assignmentId = id;
            sectionKey = section;
            render(response);
        } catch (AssignmentException e) {
            add(new H1(getTranslation("response.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    /**
     * Shows the section of the address (after {@link #beforeLeave} let the navigation go on: every answer of
     * the section shown is saved); the address names it, so a reload or a link opens it again.
     */
    private void showSection(String key) {
        String target = target(key);
        if (form.shownSections().contains(target)) {
            return;
        }
        if (!saveAll()) { // the router let it through anyway: what is on the page is kept
            status.error(getTranslation("response.unsavedSection"));
            return;
        }
        place(target);
        sectionKey = target;
        navigation.select(target);
        steps.show(target);
        form.scrollToSection(target);
    }

    /** Shows a section, open to changes only when it is the signed-in user's to change (see {@link SectionRights}). */
    private void place(String key) {
        form.setReadOnly(!rights.mayEdit(key));
        form.showSection(key);
        reviewBar.show(key);
    }

    /** The section a key names (itself, or the one holding a question); for an unknown key the one shown. */
    private String target(String key) {
        return form.sectionOf(key).orElse(form.shownSections().get(0));
    }

    private static String sectionOf(Location location) {
        return location.getQueryParameters().getParameters().getOrDefault(SECTION, List.of("")).get(0);
    }

    /** The address of a section of this response. */
    private String sectionHref(String key) {
        return "response/" + assignmentId + "?" + QueryParameters.of(SECTION, key).getQueryString();
    }

    private void render(Response response) {
        Language language = QuestionnaireLanguage.current();
        form = new QuestionnaireForm(response.questionnaire(), language, sectionTypes::type, !response.editable());
        ResponseDocuments.provide(form, documents, assignmentId);
        rights = response.rights();
        WorkflowActions workflowActions = new WorkflowActions(workflow, response, this::flush, problems::show,
                status::error);
        reviewBar = new SectionReviewBar(reviews, new SectionReviewBar.Page(assignmentId,
                response.questionnaire().sections(), language, rights, workflowActions::allows, this::saveAll,
                this::showGivenWork, status::error));
        place(form.sectionOf(sectionKey).orElse(response.questionnaire().sections().get(0).key()));
        sectionKey = form.shownSections().get(0);
        Map<String, JsonNode> values = response.values();
        form.setAnswers(values);
        AnswerNotes notes = new AnswerNotes(form, workflow.comments(assignmentId));
        response.answers().values().forEach(notes::changed);
        autosave = new Autosave(answers, assignmentId, form, language, status, response.answers(), notes::changed);
        if (response.editable()) {
            java.util.Optional.ofNullable(retry).ifPresent(Registration::remove);
            retry = autosave.start(UI.getCurrent());
        } else {
            status.show(getTranslation("response.status.readOnly"), "read-only");
        }
        problems.setVisible(false);
        add(new ResponseHeading(response.assignment()), actions(response, workflowActions),
                new ResponseRequests(requests, response.assignment(), workflowActions::allows),
                CountryWork.of(delegations, comments, response, language, workflowActions::allows, this::goTo,
                        this::showGivenWork, status::error, workOpened, opened -> workOpened = opened), problems,
                notes.commentsPanel(response.questionnaire().questions(), this::goTo), body(response, values, language));
    }

    /** The sections beside the shown one, with completion of each kept live, and previous / next under it. */
    private Component body(Response response, Map<String, JsonNode> values, Language language) {
        navigation = new SectionNavigation(response.published().progress(values), language, this::sectionHref,
                rights);
        navigation.select(sectionKey);
        form.addAnswerChangeListener(change -> navigation.show(response.published().progress(form.answers())));
        steps = new SectionSteps(response.questionnaire().sections(), language, this::sectionHref);
        steps.show(sectionKey);
        VerticalLayout main = new VerticalLayout(reviewBar, form, steps);
        main.setPadding(false);
        main.getStyle().set("min-width", "0"); // lets the form shrink beside the navigation instead of overflowing
        HorizontalLayout body = new HorizontalLayout(navigation, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        return body;
    }

    /** Shows who may change what after work was given or withdrawn (once every answer here is saved). */
    private void showGivenWork() {
        if (saveAll()) {
            rerender();
        }
    }

    /** Shows the questionnaire in another language; answers are saved first, none is lost. */
    private boolean switchTo(Language language) {
        if (!saveAll()) {
            status.error(getTranslation("response.unsavedLanguage"));
            return false;
        }
        QuestionnaireLanguage.choose(language);
        rerender();
        return true;
    }

    private HorizontalLayout actions(Response response, WorkflowActions workflowActions) {
        HorizontalLayout actions = new HorizontalLayout(QuestionnaireLanguage.select(this::switchTo), status,
                workflowActions);
        actions.setAlignItems(Alignment.BASELINE);
        if (workflowActions.allows(WorkflowAction.COPY_EARLIER_ANSWERS)) {
            PrefillDialog.offer(answers, assignmentId, this::flush, this::rerender, status).ifPresent(actions::add);
        }
        actions.add(ResponseDownloads.pdfs(pdfs, response.assignment(), QuestionnaireLanguage.current()));
        return actions;
    }

    /** Shows the response anew as stored (after a language switch or a copy); nothing is pending then. */
    private void rerender() {
        removeAll();
        render(answers.open(assignmentId));
    }

    /**
     * A link-like button that opens a question's section and scrolls to the question (the router would treat a
     * #fragment link as a new page).
     */
    private Button goTo(String questionKey, String label) {
        Button link = new Button(label, e -> {
            String section = target(questionKey);
            UI.getCurrent().navigate("response/" + assignmentId, QueryParameters.of(SECTION, section));
            if (form.shownSections().contains(section)) {
                form.scrollToQuestion(questionKey);
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("qc-go-to-question");
        return link;
    }

    /** Saves every pending answer; what cannot be saved stays pending and is retried. */
    void flush() {
        if (autosave != null) {
            autosave.flush();
        }
    }

    private boolean saveAll() {
        flush();
        return autosave == null || autosave.allSaved();
    }

    /**
     * Another section of this response opens only once every answer of this one is saved (so no typed input is
     * lost); leaving the response with answers not saved asks first.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (autosave == null) {
            return;
        }
        if (event.getNavigationTarget() == ResponseView.class
                && event.getLocation().getPath().equals("response/" + assignmentId)) {
            if (!form.shownSections().contains(target(sectionOf(event.getLocation()))) && !saveAll()) {
                status.error(getTranslation("response.unsavedSection"));
                event.postpone(); // and never goes on: the section shown stays, and so does its address
            }
            return;
        }
        if (autosave.allSaved()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("response.leave.title"),
                getTranslation("response.leave.text"), getTranslation("response.leave.confirm"), e -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("response.leave.stay"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("response.pageTitle"));
    }
}

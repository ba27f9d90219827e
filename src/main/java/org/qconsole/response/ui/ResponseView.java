package org.qconsole.response.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.DownloadLink;
import org.qconsole.identity.Roles;
import com.vaadin.flow.server.VaadinSession;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Progress;
import org.qconsole.response.SectionCompletion;
import org.qconsole.response.Response;
import org.qconsole.response.ResponsePdf;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.StoredAnswer;
import org.qconsole.template.model.Language;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.response.SubmissionRefused;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.WorkflowAction;
import org.qconsole.template.model.Question;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

/**
 * A country's questionnaire: answered as the users type, each answer saved at once. The saving state
 * is always visible; an answer that could not be saved is kept and retried; a newer answer by a
 * colleague is never overwritten without the user choosing.
 */
// Other features link here by this route ("response/<assignment id>"), never by this class.
@Route("response")
@PageTitle("Questionnaire · Questionnaire Console")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
class ResponseView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver {

    static final int RETRY_MILLIS = 5_000;
    /** The query parameter naming the section shown. */
    static final String SECTION = "section";
    private static final String LANGUAGE = "qc.questionnaire-language";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("UTC"));

    private final transient AnswerService answers;
    private final transient ResponseWorkflow workflow;
    private final transient SectionTypeService sectionTypes;
    private final transient ResponsePdf pdfs;
    private final Span status = new Span();
    private final Div problems = new Div();
    private final Map<String, String> lastChanged = new HashMap<>();
    private final Map<String, String> reviewComments = new HashMap<>();
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Map<String, JsonNode> pending = new LinkedHashMap<>();
    private QuestionnaireForm form;
    private SectionNavigation navigation;
    private SectionSteps steps;
    private String sectionKey = "";
    private com.vaadin.flow.shared.Registration retry;
    private long assignmentId;

    ResponseView(AnswerService answers, ResponseWorkflow workflow, SectionTypeService sectionTypes,
            ResponsePdf pdfs) {
        this.answers = answers;
        this.pdfs = pdfs;
        this.sectionTypes = sectionTypes;
        this.workflow = workflow;
        setId("response");
        addClassName("qc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        String section = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SECTION, java.util.List.of("")).get(0);
        if (form != null && id == assignmentId) { // back or forward between sections of this response
            openSection(section);
            return;
        }
        removeAll();
        try {
            Response response = answers.open(id);
            assignmentId = id;
            sectionKey = section;
            render(response);
        } catch (AssignmentException e) {
            add(new H1("Questionnaire not found"), new Paragraph(e.getMessage()));
        }
    }

    /**
     * Shows another section, once every answer of this one is saved; the address names the section, so a
     * reload or a link opens it again.
     *
     * @return whether the section is shown
     */
    boolean openSection(String key) {
        String target = form.sectionOf(key).orElse(form.shownSections().get(0));
        if (form.shownSections().contains(target)) {
            return true;
        }
        flush();
        if (!pending.isEmpty() || form.hasProblems()) {
            setStatus("Your answers must be saved before another section opens", "error");
            return false;
        }
        form.showSection(target);
        sectionKey = target;
        navigation.select(target);
        steps.show(target);
        UI.getCurrent().getPage().getHistory().pushState(null, new Location("response/" + assignmentId,
                QueryParameters.of(SECTION, target)));
        form.scrollToSection(target);
        return true;
    }

    private void render(Response response) {
        Assignment a = response.assignment();
        H1 heading = new H1(a.campaignTitle());
        heading.setId("response-heading");
        Paragraph facts = new Paragraph(a.country().label() + " · " + a.circularReference() + " · deadline "
                + a.deadline() + " (" + a.timeLeft(LocalDate.now()) + ") · " + a.status().label());
        facts.setId("response-facts");
        status.setId("response-status");
        status.addClassName("qc-save-status");
        Language language = language();
        form = new QuestionnaireForm(response.questionnaire(), language, sectionTypes::type,
                !response.editable());
        form.showSection(form.sectionOf(sectionKey).orElse(response.questionnaire().sections().get(0).key()));
        sectionKey = form.shownSections().get(0);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        response.answers().forEach((key, stored) -> {
            values.put(key, stored.value());
            revisions.put(key, stored.revision());
        });
        form.setAnswers(values);
        workflow.comments(assignmentId).forEach(c -> reviewComments.merge(c.questionKey(),
                c.comment() + " (" + c.author() + ", " + WHEN.format(c.at()) + " UTC)", (first, next) -> first + " · " + next));
        response.answers().values().forEach(this::showWhoChanged);
        reviewComments.keySet().forEach(this::refreshNote);
        SectionCompletion plugins = SectionCompletion.using(sectionTypes);
        navigation = new SectionNavigation(Progress.of(response.questionnaire(), values, plugins),
                language, this::openSection);
        navigation.select(sectionKey);
        steps = new SectionSteps(response.questionnaire().sections(), language, this::openSection);
        steps.show(sectionKey);
        form.addAnswerChangeListener(change -> navigation.show(Progress.of(response.questionnaire(), form.answers(),
                plugins)));
        if (response.editable()) {
            form.addAnswerChangeListener(change -> {
                pending.put(change.questionKey(), change.value());
                flush();
            });
            form.addProblemsChangedListener(this::showSaveState);
            form.addTypingListener(this::showTyping);
            if (retry != null) {
                retry.remove();
            }
            retry = UI.getCurrent().addPollListener(e -> {
                if (!pending.isEmpty()) {
                    flush();
                }
            });
            setStatus("All answers saved", "saved");
        } else {
            setStatus("Read only", "read-only");
        }
        problems.setId("submit-problems");
        problems.addClassName("qc-problems");
        problems.setVisible(false);
        VerticalLayout main = new VerticalLayout(form, steps);
        main.setPadding(false);
        main.getStyle().set("min-width", "0"); // lets the form shrink beside the navigation instead of overflowing
        HorizontalLayout body = new HorizontalLayout(navigation, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        add(heading, facts, actions(response), problems, commentsPanel(response), body);
    }

    /** The language the user chose for questionnaires in this session, else the browser's (English fallback). */
    private static Language language() {
        Object chosen = VaadinSession.getCurrent().getAttribute(LANGUAGE);
        return chosen instanceof Language l ? l : Language.of(UI.getCurrent().getLocale());
    }

    private Select<Language> languageSwitch() {
        Select<Language> select = new Select<>();
        select.setId("response-language");
        select.setAriaLabel("Language of the questionnaire");
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setValue(language());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        return select;
    }

    /** Shows the questionnaire in another language; answers are saved first, none is lost. */
    private void switchTo(Language language) {
        flush();
        if (!pending.isEmpty() || form.hasProblems()) {
            setStatus("Your answers must be saved before the language can change", "error");
            return;
        }
        VaadinSession.getCurrent().setAttribute(LANGUAGE, language);
        rerender();
    }

    private HorizontalLayout actions(Response response) {
        WorkflowActions workflowActions = new WorkflowActions(workflow, response, this::flush, this::showProblems,
                message -> setStatus(message, "error"));
        HorizontalLayout actions = new HorizontalLayout(languageSwitch(), status, workflowActions);
        actions.setAlignItems(Alignment.BASELINE);
        if (workflowActions.allows(WorkflowAction.COPY_EARLIER_ANSWERS)) {
            answers.prefill(assignmentId).ifPresent(prefill -> {
                Button copy = new Button("Copy answers from " + prefill.source().campaignTitle(),
                        e -> new PrefillDialog(prefill, chosen -> copyEarlierAnswers(prefill, chosen)).open());
                copy.setId("response-prefill");
                actions.add(copy);
            });
        }
        // Captured now: the download is written outside the UI thread, where the session cannot be read.
        Language language = language();
        long id = assignmentId;
        actions.add(DownloadLink.of("PDF", "response-pdf", "response-" + response.assignment().country().alpha3()
                + ".pdf", "application/pdf", () -> pdfs.response(id, language)));
        actions.add(DownloadLink.of("Blank PDF", "response-blank-pdf", "questionnaire.pdf", "application/pdf",
                () -> pdfs.blankForAssignment(id, language)));
        return actions;
    }

    private Div commentsPanel(Response response) {
        Div panel = new Div();
        panel.setId("review-comments");
        if (reviewComments.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        panel.addClassName("qc-review-comments");
        panel.add(new H3("Comments from the secretariat"));
        UnorderedList list = new UnorderedList();
        response.questionnaire().questions().stream().filter(q -> reviewComments.containsKey(q.key()))
                .forEach(q -> list.add(new ListItem(goTo(q.key(), "Question " + q.number()),
                        new Span(": " + reviewComments.get(q.key())))));
        panel.add(list);
        return panel;
    }

    /** Shows the response anew as stored (after a language switch or a copy); nothing is pending then. */
    private void rerender() {
        removeAll();
        lastChanged.clear();
        reviewComments.clear();
        revisions.clear();
        render(answers.open(assignmentId));
    }

    private void copyEarlierAnswers(org.qconsole.response.Prefill prefill, Map<String, Integer> chosen) {
        flush();
        try {
            var changedMeanwhile = answers.copyEarlierAnswers(assignmentId, prefill.source().id(), chosen);
            rerender();
            if (!changedMeanwhile.isEmpty()) {
                setStatus("Not copied, changed meanwhile by a colleague: " + String.join(", ", changedMeanwhile),
                        "conflict");
            }
        } catch (AssignmentException e) {
            setStatus(e.getMessage(), "error");
        }
    }

    /** The workflow refused a submission: every required question not answered yet, each a link to it. */
    private void showProblems(SubmissionRefused refused) {
        problems.removeAll();
        problems.add(new Paragraph(refused.getMessage()));
        UnorderedList list = new UnorderedList();
        refused.missing().forEach(m -> list.add(new ListItem(goTo(m.questionKey(),
                (m.number().isBlank() ? "" : m.number() + " ") + m.text()))));
        problems.add(list);
        problems.setVisible(true);
    }

    /**
     * A link-like button that opens a question's section and scrolls to the question (the router would treat a
     * #fragment link as a new page).
     */
    private Button goTo(String questionKey, String label) {
        Button link = new Button(label, e -> {
            if (openSection(questionKey)) {
                form.scrollToQuestion(questionKey);
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("qc-go-to-question");
        return link;
    }

    /** Saves every pending answer; what cannot be saved stays pending and is retried. */
    void flush() {
        for (var entry : new LinkedHashMap<>(pending).entrySet()) {
            String key = entry.getKey();
            try {
                SaveOutcome outcome = answers.save(assignmentId, key, entry.getValue(), revisions.getOrDefault(key, 0));
                pending.remove(key);
                if (outcome instanceof SaveOutcome.Saved saved) {
                    revisions.put(key, saved.answer().revision());
                    showWhoChanged(saved.answer());
                } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                    resolve(key, entry.getValue(), conflict.theirs());
                } else if (outcome instanceof SaveOutcome.Invalid invalid) {
                    form.setProblem(key, invalid.problem());
                }
            } catch (AssignmentException e) {
                pending.remove(key);
                setStatus("Not saved: " + e.getMessage(), "error");
                return;
            } catch (RuntimeException e) {
                setStatus("Not saved: the connection to the database was lost. Your answers are kept on this page"
                        + " and saved as soon as it is back.", "error");
                UI.getCurrent().setPollInterval(RETRY_MILLIS);
                return;
            }
        }
        UI.getCurrent().setPollInterval(-1);
        showSaveState();
    }

    private void showSaveState() {
        if (form.hasProblems()) {
            setStatus("Not saved: an answer needs correcting (see the message under it)", "invalid");
        } else if (pending.isEmpty()) {
            setStatus("All answers saved", "saved");
        }
    }

    /** Typed input is not stored until its value arrives: the status must not go on saying "saved". */
    private void showTyping() {
        if ("saved".equals(status.getElement().getAttribute("data-state"))) {
            setStatus("Not saved yet", "unsaved");
        }
    }

    /** Someone else changed the answer meanwhile: show theirs and let the user choose. */
    private void resolve(String key, JsonNode mine, StoredAnswer theirs) {
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle("Someone else changed this answer");
        Pre theirValue = new Pre(theirs.value().toPrettyString());
        theirValue.setId("conflict-theirs");
        dialog.add(new Paragraph(theirs.updatedBy() + " changed it on " + WHEN.format(theirs.updatedAt())
                + " UTC, while you were editing. Their answer:"), theirValue);
        Button keepTheirs = new Button("Keep their answer", e -> {
            revisions.put(key, theirs.revision());
            Map<String, JsonNode> values = new LinkedHashMap<>(form.answers());
            values.put(key, theirs.value());
            form.setAnswers(values);
            showWhoChanged(theirs);
            dialog.close();
        });
        keepTheirs.setId("conflict-keep-theirs");
        Button useMine = new Button("Use my answer", e -> {
            revisions.put(key, theirs.revision());
            pending.put(key, mine);
            dialog.close();
            flush();
        });
        useMine.setId("conflict-use-mine");
        useMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keepTheirs, useMine);
        dialog.open();
        setStatus("An answer needs your choice", "conflict");
    }

    private void showWhoChanged(StoredAnswer answer) {
        lastChanged.put(answer.questionKey(), "Last changed by " + answer.updatedBy() + ", "
                + WHEN.format(answer.updatedAt()) + " UTC");
        refreshNote(answer.questionKey());
    }

    private void refreshNote(String key) {
        String changed = lastChanged.getOrDefault(key, "");
        String comment = reviewComments.containsKey(key) ? "Secretariat: " + reviewComments.get(key) : "";
        form.setNote(key, changed.isEmpty() ? comment : comment.isEmpty() ? changed : changed + " · " + comment);
    }

    private void setStatus(String text, String state) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (pending.isEmpty() && (form == null || !form.hasProblems())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Some answers are not saved",
                "They could not be saved yet (or need correcting) and will be lost if you leave this page.",
                "Leave anyway",
                e -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.open();
    }
}

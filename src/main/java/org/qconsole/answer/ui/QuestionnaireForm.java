package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.answer.CrossChecks;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;

/**
 * A questionnaire as the country user sees it, in one language (English where a text has no translation):
 * the secretariat's preview (every section), and the country's fill-in (one section at a time, see
 * {@link #showSection}). The form keeps every answer, so conditions read answers of any section, but holds
 * components only for the sections it shows. Items show and hide live as their {@code visibleWhen}
 * conditions change; hidden answers are kept.
 *
 * <p>Stable ids: {@code section-<key>} on a section, {@code q-<key>} on a question, {@code answer-<key>}
 * on its input, {@code text-<key>} on a text block.
 */
public class QuestionnaireForm extends VerticalLayout {

    /** An answer the respondent changed; {@code value} is {@link NullNode} when they emptied it. */
    public record AnswerChange(String questionKey, JsonNode value) {
    }

    /** Shorter than the 400 ms after which a lazy text field sends its value. */
    static final int TYPING_PAUSE_MILLIS = 250;
    /** Which input events count as typing: judged in the browser by the element they began at (ShownSections). */
    public static final String TYPING_FILTER = "!/^(radio|checkbox|file)$/.test(event.composedPath()[0].type)";

    private final TemplateDefinition definition;
    private final Language language;
    private final SectionTypes sectionTypes;
    private final CrossChecks crossChecks;
    private final Map<String, JsonNode> answers = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final List<Consumer<AnswerChange>> listeners = new ArrayList<>();
    private final List<Runnable> problemListeners = new ArrayList<>();
    private final List<Runnable> typingListeners = new ArrayList<>();
    private final Div body = new Div();
    private ShownSections shown;
    private boolean readOnly;
    private boolean loading;

    /** A form whose plugin sections show as unavailable (no plugins). */
    public QuestionnaireForm(TemplateDefinition definition, Language language) {
        this(definition, language, SectionTypes.NONE);
    }

    /** A form showing every section (see {@link #showSection} for one at a time). */
    public QuestionnaireForm(TemplateDefinition definition, Language language, SectionTypes sectionTypes) {
        this(definition, language, sectionTypes, false);
    }

    /** @param readOnly answers cannot be changed here: the form is read-only, and plugins are told so */
    public QuestionnaireForm(TemplateDefinition definition, Language language, SectionTypes sectionTypes,
            boolean readOnly) {
        this.readOnly = readOnly;
        this.definition = definition;
        this.language = language;
        this.sectionTypes = sectionTypes;
        this.crossChecks = CrossChecks.of(definition);
        addClassName("questionnaire-form");
        getElement().setAttribute("lang", language.code());
        if (language.rightToLeft()) {
            getElement().setAttribute("dir", "rtl");
        }
        new FormText(language).addHeader(this, definition);
        body.setWidthFull();
        add(body);
        show(definition.sections());
    }

    /** Shows only the section with this key (the first section for an unknown key). */
    public void showSection(String sectionKey) {
        show(List.of(definition.sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElse(definition.sections().get(0))));
    }

    /** The keys of the sections shown, in order. */
    public List<String> shownSections() {
        return List.copyOf(shown.sections.keySet());
    }

    /** The key of the section holding a question (or the section itself, for a plugin section's key). */
    public Optional<String> sectionOf(String key) {
        return definition.sections().stream()
                .filter(s -> s.key().equals(key) || contains(s.items(), key)).map(Section::key).findFirst();
    }

    private static boolean contains(List<Item> items, String key) {
        return items.stream().anyMatch(item -> item.key().equals(key)
                || item instanceof Question q && q.supportingDocuments() != null && q.documentsKey().equals(key)
                || contains(item.items(), key));
    }

    private void show(List<Section> sections) {
        boolean hadProblems = hasProblems();
        // Problems belong to inputs on the page: those of sections no longer shown go with their inputs.
        List<String> keys = sections.stream().map(Section::key).toList();
        problems.keySet().removeIf(key -> !keys.contains(sectionOf(key).orElse("")));
        shown = new ShownSections(language, sectionTypes, readOnly, this::changed,
                () -> List.copyOf(typingListeners).forEach(Runnable::run));
        body.removeAll();
        sections.forEach(section -> body.add(shown.section(section)));
        loading = true;
        try {
            shown.fields.forEach((key, field) -> quietly(() -> {
                field.setValue(answers.get(key));
                field.setReadOnly(readOnly);
            }, key));
        } finally {
            loading = false;
        }
        notes.forEach(this::showNote);
        problems.forEach(this::showProblem);
        refresh();
        if (hadProblems != hasProblems()) {
            List.copyOf(problemListeners).forEach(Runnable::run);
        }
    }

    /** The answers entered so far by question key, hidden ones included, as stored JSON values. */
    public Map<String, JsonNode> answers() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        answers.forEach((key, value) -> copy.put(key, value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    /** Shows stored answers (replacing those entered); fires no {@link AnswerChange}. */
    public void setAnswers(Map<String, JsonNode> values) {
        loading = true;
        try {
            answers.clear();
            if (values != null) {
                values.forEach((key, value) -> {
                    if (key != null && value != null && !value.isNull()) {
                        answers.put(key, value.deepCopy());
                    }
                });
            }
            shown.fields.forEach((key, field) -> quietly(() -> field.setValue(answers.get(key)), key));
        } finally {
            loading = false;
        }
        refresh();
    }

    /** Called after each change the respondent makes, e.g. to save it. */
    public void addAnswerChangeListener(Consumer<AnswerChange> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** A short line under a question's answer, e.g. who changed it last; empty text hides it. */
    public void setNote(String questionKey, String text) {
        notes.put(questionKey, text == null ? "" : text);
        showNote(questionKey, notes.get(questionKey));
    }

    private void showNote(String key, String text) {
        Span note = shown.notes.get(key);
        if (note != null) {
            note.setText(text);
            note.setVisible(!text.isBlank());
        }
    }

    /**
     * Shows why an answer cannot be kept (e.g. refused by the server) beside its question; {@code null}
     * clears it. While an answer shows a problem it is not saved.
     */
    public void setProblem(String questionKey, String problem) {
        if (!shown.errors.containsKey(questionKey)) {
            return;
        }
        boolean changed = problem == null ? problems.remove(questionKey) != null
                : !problem.equals(problems.put(questionKey, problem));
        showProblem(questionKey, problem);
        if (changed) {
            List.copyOf(problemListeners).forEach(Runnable::run);
        }
    }

    private void showProblem(String key, String problem) {
        Span error = shown.errors.get(key);
        if (error != null) {
            error.setText(problem == null ? "" : problem);
            error.setVisible(problem != null);
        }
    }

    /**
     * Called at the first keystroke in an answer, before its value reaches the server (text is sent after
     * a pause or when the field is left): from then on, until the next {@link AnswerChange}, the page holds
     * input that is not stored.
     */
    public void addTypingListener(Runnable listener) {
        typingListeners.add(Objects.requireNonNull(listener));
    }

    /** Called when an answer starts or stops showing a problem (see {@link #hasProblems()}). */
    public void addProblemsChangedListener(Runnable listener) {
        problemListeners.add(Objects.requireNonNull(listener));
    }

    /** Whether some input on the form cannot be saved as it stands. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Runs something on a field; a plugin failing there shows as a problem of its section, not an error page. */
    private void quietly(Runnable action, String key) {
        try {
            action.run();
        } catch (PluginUnavailable e) {
            setProblem(key, e.getMessage());
        }
    }

    /** Scrolls a shown section (by key) into view. */
    public void scrollToSection(String sectionKey) {
        Optional.ofNullable(shown.sections.get(sectionKey)).ifPresent(Component::scrollIntoView);
    }

    /** Scrolls a shown question (by key) into view. */
    public void scrollToQuestion(String questionKey) {
        shown.items.stream().filter(item -> item.item().key().equals(questionKey)).findFirst()
                .ifPresent(item -> item.component().scrollIntoView());
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        shown.fields.forEach((key, field) -> quietly(() -> field.setReadOnly(readOnly), key));
    }

    private void changed(String key) {
        if (loading) {
            return;
        }
        AnswerField field = shown.fields.get(key);
        JsonNode value;
        try {
            Optional<String> unreadable = field.unreadable();
            if (unreadable.isPresent()) {
                setProblem(key, unreadable.get()); // the stored answer stays as it was
                return;
            }
            value = field.value();
        } catch (PluginUnavailable e) {
            setProblem(key, e.getMessage());
            return;
        }
        Optional<String> problem = shown.checks.get(key).apply(value)
                .or(() -> crossChecks.problemBeside(key, value, answers, language));
        setProblem(key, problem.orElse(null));
        if (problem.isPresent()) {
            return;
        }
        JsonNode old = value == null ? answers.remove(key) : answers.put(key, value);
        if (Objects.equals(old, value)) {
            return;
        }
        refresh();
        AnswerChange change = new AnswerChange(key, value == null ? NullNode.getInstance() : value.deepCopy());
        List.copyOf(listeners).forEach(listener -> listener.accept(change));
        // Answers compared with this one are checked again as they stand: one refused may fit now (and is saved).
        crossChecks.readersOf(key).stream().filter(shown.fields::containsKey).forEach(this::changed);
    }

    /** Shows items whose condition holds, the required marks that apply, answers failing a {@link CrossChecks}. */
    private void refresh() {
        shown.fields.keySet().stream().filter(answers::containsKey).forEach(key -> crossChecks.problemBeside(key,
                answers.get(key), answers, language).ifPresent(problem -> setProblem(key, problem)));
        Visibility visibility = Visibility.of(definition, answers);
        for (ShownSections.Shown item : shown.items) {
            item.component().setVisible(visibility.isShown(item.item().key()));
            if (item.requiredMarker() != null) {
                item.requiredMarker().setVisible(((Question) item.item()).isRequired(visibility.shownAnswers()));
            }
        }
    }
}

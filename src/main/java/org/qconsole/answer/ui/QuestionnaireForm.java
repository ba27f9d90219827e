package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DebouncePhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.template.AnswerCheck;
import org.qconsole.template.RichText;
import org.qconsole.template.model.Answers;
import org.qconsole.template.model.Footnote;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.Section;
import org.qconsole.template.model.TemplateDefinition;
import org.qconsole.template.model.TextBlock;
import org.qconsole.template.model.Visibility;

/**
 * A questionnaire as the country user sees it, in one language (English where a text has no
 * translation): the secretariat's live preview, and the country's fill-in. Items show and hide live
 * as their {@code visibleWhen} conditions change; hidden answers are kept.
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
    /** Which input events count as typing (evaluated in the browser; its result comes back with the event). */
    public static final String TYPING_FILTER = "event.target.type != 'radio' && event.target.type != 'checkbox'";

    private final TemplateDefinition definition;
    private final Language language;
    private final SectionTypes sectionTypes;
    private final Map<String, java.util.function.Function<JsonNode, Optional<String>>> checks = new LinkedHashMap<>();
    private final Map<String, JsonNode> answers = new LinkedHashMap<>();
    private final Map<String, AnswerFields.AnswerField> fields = new LinkedHashMap<>();
    private final List<Shown> items = new ArrayList<>();
    private final List<Consumer<AnswerChange>> listeners = new ArrayList<>();
    private final List<Runnable> problemListeners = new ArrayList<>();
    private final List<Runnable> typingListeners = new ArrayList<>();
    private final Map<String, Span> notes = new LinkedHashMap<>();
    private final Map<String, Span> errors = new LinkedHashMap<>();
    private final Map<String, Component> sections = new LinkedHashMap<>();
    private final Set<String> invalid = new HashSet<>();
    private boolean loading;

    /** A form whose plugin sections show as unavailable (no plugins). */
    public QuestionnaireForm(TemplateDefinition definition, Language language) {
        this(definition, language, SectionTypes.NONE);
    }

    public QuestionnaireForm(TemplateDefinition definition, Language language, SectionTypes sectionTypes) {
        this.definition = definition;
        this.language = language;
        this.sectionTypes = sectionTypes;
        addClassName("questionnaire-form");
        getElement().setAttribute("lang", language.code());
        if (language.rightToLeft()) {
            getElement().setAttribute("dir", "rtl");
        }
        header(definition);
        definition.sections().forEach(section -> add(section(section)));
        refresh();
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
            fields.forEach((key, field) -> quietly(() -> field.setValue(answers.get(key)), key));
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
        Span note = notes.get(questionKey);
        if (note != null) {
            note.setText(text == null ? "" : text);
            note.setVisible(text != null && !text.isBlank());
        }
    }

    /**
     * Shows why an answer cannot be kept (e.g. refused by the server) beside its question; {@code null}
     * clears it. While an answer shows a problem it is not saved.
     */
    public void setProblem(String questionKey, String problem) {
        Span error = errors.get(questionKey);
        if (error == null) {
            return;
        }
        error.setText(problem == null ? "" : problem);
        error.setVisible(problem != null);
        boolean changed = problem == null ? invalid.remove(questionKey) : invalid.add(questionKey);
        if (changed) {
            List.copyOf(problemListeners).forEach(Runnable::run);
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
        return !invalid.isEmpty();
    }

    /** Runs something on a field; a plugin failing there shows as a problem of its section, not an error page. */
    private void quietly(Runnable action, String key) {
        try {
            action.run();
        } catch (PluginUnavailable e) {
            setProblem(key, e.getMessage());
        }
    }

    /** Scrolls a section (by key) into view. */
    public void scrollToSection(String sectionKey) {
        Optional.ofNullable(sections.get(sectionKey)).ifPresent(Component::scrollIntoView);
    }

    /** Scrolls a question (by key) into view. */
    public void scrollToQuestion(String questionKey) {
        items.stream().filter(shown -> shown.item().key().equals(questionKey)).findFirst()
                .ifPresent(shown -> shown.component().scrollIntoView());
    }

    public void setReadOnly(boolean readOnly) {
        fields.forEach((key, field) -> quietly(() -> field.setReadOnly(readOnly), key));
    }

    private void header(TemplateDefinition definition) {
        if (!definition.circularReference().isBlank()) {
            Span reference = new Span(definition.circularReference());
            reference.addClassName("circular-reference");
            reference.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(reference);
        }
        H2 title = new H2(definition.title().in(language));
        title.addClassName("questionnaire-title");
        add(title);
        addRich(this, definition.introduction(), "questionnaire-introduction");
        addFootnotes(this, definition.footnotes());
    }

    private Component section(Section section) {
        Div box = new Div();
        box.setId("section-" + section.key());
        box.addClassName("questionnaire-section");
        box.setWidthFull();
        sections.put(section.key(), box);
        String title = section.title() == null ? "" : section.title().in(language);
        box.add(new H3(section.number().isBlank() ? title : section.number() + ". " + title));
        addRich(box, section.introduction(), "section-introduction");
        addFootnotes(box, section.footnotes());
        if (section.plugin() != null) {
            box.add(pluginSection(section));
        } else {
            section.items().forEach(item -> box.add(item(item)));
        }
        return box;
    }

    /**
     * A plugin section: the plugin's own input, its answer stored under the section's key; or, when the
     * plugin is missing or fails, a notice (the stored answer is left as it is).
     */
    private Component pluginSection(Section section) {
        String key = section.key();
        Optional<GuardedSectionType> type = sectionTypes.find(section.plugin().pluginId());
        if (type.isEmpty()) {
            return unavailable(key);
        }
        JsonNode configuration = section.plugin().configuration();
        try {
            JsonInput input = type.get().fillIn(configuration, language.code());
            input.addChangeListener(() -> changed(key));
            fields.put(key, new PluginField(input));
            checks.put(key, value -> {
                try {
                    return type.get().validate(configuration, value).stream().map(Problem::message).findFirst();
                } catch (PluginUnavailable e) {
                    return Optional.of(e.getMessage());
                }
            });
            Div box = new Div(input.component(), errorSpan(key), noteSpan(key));
            box.setId("plugin-" + key);
            box.addClassName("plugin-section");
            return box;
        } catch (PluginUnavailable e) {
            return unavailable(key);
        }
    }

    private static Component unavailable(String key) {
        Div notice = new Div();
        notice.setId("plugin-" + key);
        notice.addClassName("plugin-unavailable");
        notice.setText("This section is temporarily unavailable. Answers already given to it are kept.");
        notice.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("color", "var(--lumo-secondary-text-color)");
        return notice;
    }

    /** A plugin's input as the form uses answer fields. */
    private static final class PluginField implements AnswerFields.AnswerField {
        private final JsonInput input;

        PluginField(JsonInput input) {
            this.input = input;
        }

        @Override
        public Component component() {
            return input.component();
        }

        @Override
        public JsonNode value() {
            return input.value();
        }

        @Override
        public void setValue(JsonNode value) {
            input.setValue(value);
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            input.setReadOnly(readOnly);
        }
    }

    private Component item(Item item) {
        if (item instanceof TextBlock text) {
            Div box = new Div();
            box.setId("text-" + text.key());
            box.addClassName("text-block");
            addRich(box, text.text(), "text-block-text");
            items.add(new Shown(item, box, null));
            return box;
        }
        return question((Question) item);
    }

    private Component question(Question question) {
        Div box = new Div();
        box.setId("q-" + question.key());
        box.addClassName("question");
        box.getStyle().set("margin-block", "var(--lumo-space-m)");
        Span marker = requiredMarker();
        box.add(questionHeading(question, marker));
        addRich(box, question.help(), "question-help").ifPresent(help -> help.getStyle()
                .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)"));
        AnswerFields.AnswerField field = AnswerFields.create("answer-" + question.key(), question.answer(), language,
                () -> changed(question.key()));
        AnswerFields.describe(field.component(), RichText.toPlainText(AnswerFields.text(question.text(), language)));
        fields.put(question.key(), field);
        checks.put(question.key(), value -> AnswerCheck.problem(question.answer(), value));
        box.add(field.component(), errorSpan(question.key()), noteSpan(question.key()));
        // "input" bubbles from every field of the answer (table rows added later too). Leading edge only:
        // one message per burst of typing, and the pause that ends a burst is shorter than the one after
        // which a text field sends its value, so no keystroke after a save goes unreported.
        // Radio buttons and check boxes send their value at once, and their input event could arrive after it.
        box.getElement().addEventListener("input", e -> List.copyOf(typingListeners).forEach(Runnable::run))
                .setFilter(TYPING_FILTER)
                .debounce(TYPING_PAUSE_MILLIS, DebouncePhase.LEADING);
        addFootnotes(box, question.footnotes());
        items.add(new Shown(question, box, marker));
        if (!question.items().isEmpty()) {
            Div children = new Div();
            children.addClassName("sub-questions");
            children.getStyle().set("margin-inline-start", "var(--lumo-space-xl)");
            question.items().forEach(child -> children.add(item(child)));
            box.add(children);
        }
        return box;
    }

    private Span errorSpan(String key) {
        Span error = new Span();
        error.setId("error-" + key);
        error.addClassName("question-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        error.setVisible(false);
        errors.put(key, error);
        return error;
    }

    private Span noteSpan(String key) {
        Span note = new Span();
        note.setId("note-" + key);
        note.addClassName("question-note");
        note.setVisible(false);
        notes.put(key, note);
        return note;
    }

    private Component questionHeading(Question question, Span marker) {
        Div heading = new Div();
        heading.addClassName("question-heading");
        heading.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        if (!question.number().isBlank()) {
            Span number = new Span(question.number());
            number.addClassName("question-number");
            number.getStyle().set("font-weight", "600");
            heading.add(number);
        }
        heading.add(rich(question.text(), "question-text"), marker);
        return heading;
    }

    private static Span requiredMarker() {
        Span marker = new Span("*");
        marker.addClassName("required-marker");
        marker.getElement().setAttribute("title", "Required");
        marker.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return marker;
    }

    private Html rich(LocalizedText text, String className) {
        String html = RichText.sanitize(text == null ? "" : text.in(language));
        return new Html("<div class=\"" + className + "\">" + html + "</div>");
    }

    private Optional<Html> addRich(HasComponents holder, LocalizedText text, String className) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Html html = rich(text, className);
        holder.add(html);
        return Optional.of(html);
    }

    private void addFootnotes(HasComponents holder, List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        StringBuilder html = new StringBuilder(
                "<div class=\"footnotes\" style=\"font-size: var(--lumo-font-size-s)\">");
        for (Footnote footnote : footnotes) {
            html.append("<div class=\"footnote\"><sup>").append(RichText.escape(footnote.marker())).append("</sup> ")
                    .append(RichText.sanitize(footnote.text() == null ? "" : footnote.text().in(language)))
                    .append("</div>");
        }
        holder.add(new Html(html.append("</div>").toString()));
    }

    private void changed(String key) {
        if (loading) {
            return;
        }
        JsonNode value;
        try {
            Optional<String> unreadable = fields.get(key).unreadable();
            if (unreadable.isPresent()) {
                setProblem(key, unreadable.get()); // the stored answer stays as it was
                return;
            }
            value = fields.get(key).value();
        } catch (PluginUnavailable e) {
            setProblem(key, e.getMessage());
            return;
        }
        Optional<String> problem = checks.get(key).apply(value);
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
    }

    /** Shows each item whose condition holds (see {@link Visibility}) and the required marks that apply. */
    private void refresh() {
        Visibility visibility = Visibility.of(definition, answers);
        for (Shown shown : items) {
            shown.component().setVisible(visibility.isShown(shown.item().key()));
            if (shown.requiredMarker() != null) {
                shown.requiredMarker().setVisible(((Question) shown.item()).isRequired(visibility.shownAnswers()));
            }
        }
    }

    /** An item as rendered, in reading order. */
    private record Shown(Item item, Component component, Span requiredMarker) {
    }
}

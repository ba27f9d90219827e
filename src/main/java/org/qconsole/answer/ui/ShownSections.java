package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DebouncePhase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.RichText;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.Section;
import org.qconsole.model.TextBlock;

/**
 * The components of the sections a {@link QuestionnaireForm} shows, and nothing of the others: the
 * inputs with their checks, the places for problems and notes, and each item in reading order (to show and
 * hide by condition). Built anew whenever the form shows other sections.
 */
final class ShownSections {

    /** An item as rendered, in reading order; {@code requiredMarker} is null for a text block. */
    record Shown(Item item, Component component, Span requiredMarker) {
    }

    /** The id of a question's input is this and the question's key. */
    static final String INPUT_PREFIX = "answer-";

    final Map<String, AnswerField> fields = new LinkedHashMap<>();
    final Map<String, Function<JsonNode, Optional<String>>> checks = new LinkedHashMap<>();
    final Map<String, Span> notes = new LinkedHashMap<>();
    final Map<String, Span> errors = new LinkedHashMap<>();
    final Map<String, Component> sections = new LinkedHashMap<>();
    final List<Shown> items = new ArrayList<>();

    private final Language language;
    private final FormText text;
    private final SectionTypes sectionTypes;
    private final Consumer<String> changed;
    private final Runnable typing;
    /** Answers cannot be changed here; plugins are told so when they make their input. */
    private final boolean readOnly;

    /**
     * @param changed called with the key of an answer the respondent changed
     * @param typing called at the first keystroke of a burst of typing
     */
    ShownSections(Language language, SectionTypes sectionTypes, boolean readOnly, Consumer<String> changed,
            Runnable typing) {
        this.readOnly = readOnly;
        this.language = language;
        this.text = new FormText(language);
        this.sectionTypes = sectionTypes;
        this.changed = changed;
        this.typing = typing;
    }

    /** The section's numbered title; its footnote markers as superscripts beside the words. */
    private H3 heading(Section section) {
        H3 heading = new H3();
        for (MarkedTitle.Part part : section.headingParts(language)) {
            if (part.marker()) {
                heading.getElement().appendChild(new Element("sup").setText(part.text()));
            } else {
                heading.getElement().appendChild(Element.createText(part.text()));
            }
        }
        return heading;
    }

    Component section(Section section) {
        Div box = new Div();
        box.setId("section-" + section.key());
        box.addClassName("questionnaire-section");
        box.setWidthFull();
        sections.put(section.key(), box);
        box.add(heading(section));
        text.addRich(box, section.introduction(), "section-introduction");
        text.addFootnotes(box, section.footnotes());
        if (section.plugin() != null) {
            box.add(pluginSection(section));
        } else {
            section.items().forEach(item -> box.add(item(item)));
        }
        return box;
    }

    private Component pluginSection(Section section) {
        String key = section.key();
        Optional<PluginSectionField> field = PluginSectionField.of(section, sectionTypes, language.code(),
                readOnly, () -> changed.accept(key));
        if (field.isEmpty()) {
            return PluginSectionField.unavailable(key, language);
        }
        fields.put(key, field.get());
        checks.put(key, field.get()::problem);
        Div box = new Div(field.get().component(), errorSpan(key), noteSpan(key));
        box.setId("plugin-" + key);
        box.addClassName("plugin-section");
        return box;
    }

    private Component item(Item item) {
        if (item instanceof TextBlock block) {
            Div box = new Div();
            box.setId("text-" + block.key());
            box.addClassName("text-block");
            if (block.number().isBlank()) {
                text.addRich(box, block.text(), "text-block-text");
            } else {
                box.add(numbered(block.number(), text.rich(block.text(), "text-block-text")));
            }
            items.add(new Shown(item, box, null));
            addChildren(box, block.items());
            return box;
        }
        return question((Question) item);
    }

    /** Sub-questions and texts, indented under the item they belong to. */
    private void addChildren(Div box, List<Item> children) {
        if (!children.isEmpty()) {
            Div indented = new Div();
            indented.addClassName("sub-questions");
            indented.getStyle().set("margin-inline-start", "var(--lumo-space-xl)");
            children.forEach(child -> indented.add(item(child)));
            box.add(indented);
        }
    }

    /** A number beside its text: "5  Regarding confiscation:". */
    private static Div numbered(String number, Component... rest) {
        Div heading = new Div();
        heading.addClassName("question-heading");
        heading.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        if (!number.isBlank()) {
            Span shown = new Span(number);
            shown.addClassName("question-number");
            shown.getStyle().set("font-weight", "600");
            heading.add(shown);
        }
        heading.add(rest);
        return heading;
    }

    private Component question(Question question) {
        Div box = new Div();
        box.setId("q-" + question.key());
        box.addClassName("question");
        box.getStyle().set("margin-block", "var(--lumo-space-m)");
        Span marker = text.requiredMarker();
        box.add(heading(question, marker));
        text.addRich(box, question.help(), "question-help").ifPresent(help -> help.getStyle()
                .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)"));
        AnswerField field = AnswerFields.create(INPUT_PREFIX + question.key(), question.answer(), language,
                () -> changed.accept(question.key()));
        AnswerFields.describe(field.component(), RichText.toPlainText(AnswerFields.text(question.text(), language)));
        fields.put(question.key(), field);
        checks.put(question.key(), value -> AnswerKinds.problem(question.answer(), value, language));
        box.add(field.component(), errorSpan(question.key()), noteSpan(question.key()));
        question.documentsQuestion().ifPresent(documents -> box.add(supportingDocuments(documents)));
        // "input" bubbles from every field of the answer (table rows added later too). Leading edge only:
        // one message per burst of typing, and the pause that ends a burst is shorter than the one after
        // which a text field sends its value, so no keystroke after a save goes unreported.
        // Radio buttons and check boxes send their value at once, and a chosen file travels by a request of its own
        // that may be stored before this event arrives: neither is typing. The filter looks at the element the
        // event began at, since the upload's file input is in its shadow root (event.target is the upload).
        box.getElement().addEventListener("input", e -> typing.run())
                .setFilter(QuestionnaireForm.TYPING_FILTER)
                .debounce(QuestionnaireForm.TYPING_PAUSE_MILLIS, DebouncePhase.LEADING);
        text.addFootnotes(box, question.footnotes());
        items.add(new Shown(question, box, marker));
        addChildren(box, question.items());
        return box;
    }

    /** The files a respondent may attach beside a question's answer, kept as an answer of their own. */
    private Component supportingDocuments(Question documents) {
        AnswerField field = AnswerFields.create(INPUT_PREFIX + documents.key(), documents.answer(), language,
                () -> changed.accept(documents.key()));
        AnswerFields.describe(field.component(), FormWords.of(language, "form.supportingDocuments"));
        fields.put(documents.key(), field);
        checks.put(documents.key(), value -> AnswerKinds.problem(documents.answer(), value, language));
        Span label = new Span(FormWords.of(language, "form.supportingDocumentsOptional"));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div box = new Div(label, field.component(), errorSpan(documents.key()), noteSpan(documents.key()));
        box.addClassName("supporting-documents");
        return box;
    }

    private Component heading(Question question, Span marker) {
        return numbered(question.number(), text.rich(question.text(), "question-text"), marker);
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
}

package org.qconsole.answer.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.qconsole.model.RichText;
import org.qconsole.model.Footnote;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.TemplateDefinition;

/** The texts of a questionnaire on the form, in one language: sanitized rich text and footnotes. */
record FormText(Language language) {

    /** The questionnaire's reference, title, introduction and footnotes, above its sections. */
    void addHeader(HasComponents holder, TemplateDefinition definition) {
        if (!definition.circularReference().isBlank()) {
            Span reference = new Span(definition.circularReference());
            reference.addClassName("circular-reference");
            reference.getStyle().set("color", "var(--lumo-secondary-text-color)");
            holder.add(reference);
        }
        H2 title = new H2(definition.title().in(language));
        title.addClassName("questionnaire-title");
        holder.add(title);
        addRich(holder, definition.introduction(), "questionnaire-introduction");
        addFootnotes(holder, definition.footnotes());
    }

    Html rich(LocalizedText text, String className) {
        String html = RichText.sanitize(text == null ? "" : text.in(language));
        Html rich = new Html("<div>" + html + "</div>");
        rich.getElement().getClassList().add(className);
        return rich;
    }

    Optional<Html> addRich(HasComponents holder, LocalizedText text, String className) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Html html = rich(text, className);
        holder.add(html);
        return Optional.of(html);
    }

    void addFootnotes(HasComponents holder, List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        Div notes = new Div();
        notes.addClassName("footnotes");
        notes.getStyle().set("font-size", "var(--lumo-font-size-s)");
        for (Footnote footnote : footnotes) {
            Html note = new Html("<div><sup>" + RichText.escape(footnote.marker()) + "</sup> "
                    + RichText.sanitize(footnote.text() == null ? "" : footnote.text().in(language)) + "</div>");
            note.getElement().getClassList().add("footnote");
            notes.add(note);
        }
        holder.add(notes);
    }

    Span requiredMarker() {
        Span marker = new Span("*");
        marker.addClassName("required-marker");
        marker.getElement().setAttribute("title", FormWords.of(language, "form.required"));
        marker.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return marker;
    }
}

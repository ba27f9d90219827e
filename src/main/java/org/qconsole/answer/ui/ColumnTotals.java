package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * The totals of a grid's or a table's totalled number columns, under its cells, kept up to date as cells are
 * typed ("Total: Cases 12 · Staff 30 people"); the kind computes them. Each figure has the id
 * {@code <id>-total-<columnKey>}; without totalled columns nothing shows.
 */
final class ColumnTotals {

    private final Div line = new Div();
    private final Map<String, Span> figures = new LinkedHashMap<>();
    private final AnswerKind kind;
    private final Language language;

    ColumnTotals(String id, AnswerSpec spec, Language language) {
        this.kind = AnswerKinds.of(spec);
        this.language = language;
        line.addClassName("answer-totals");
        line.getStyle().set("font-weight", "600").set("margin-block", "var(--lumo-space-xs)");
        line.add(new Span(FormWords.of(language, "form.totalLabel") + " "));
        for (AnswerSpec.Column column : kind.columns()) {
            if (column.total()) {
                if (!figures.isEmpty()) {
                    line.add(new Span(" · "));
                }
                Span figure = new Span();
                figure.setId(id + "-total-" + column.key());
                figures.put(column.key(), figure);
                line.add(new Span(AnswerFields.text(column.label(), language) + " "), figure);
            }
        }
        line.setVisible(!figures.isEmpty());
        update(null);
    }

    Div component() {
        return line;
    }

    /** Shows the totals of this value ({@code null}: nothing entered). */
    void update(JsonNode value) {
        if (!figures.isEmpty()) {
            kind.totals(value, language).forEach((key, sum) -> figures.get(key).setText(sum));
        }
    }
}

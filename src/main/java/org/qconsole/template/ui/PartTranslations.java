package org.qconsole.template.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.model.Language;
import org.qconsole.template.translation.TextUnits;
import org.qconsole.template.translation.TextUnits.PartText;

/**
 * Every text of one part of a draft side by side in the six languages: the labels of a question's options, rows,
 * columns, units and messages, footnotes, shared option lists, a plugin's configuration. A row per text says what
 * it is (its path, as in a translation file) and shows its English, which is edited where the part is edited; an
 * input per other language ({@code <id>-<text id>-<code>}, e.g. {@code item-texts-answer.options.email.label-fr})
 * edits the translation, an empty one removing it. Each edit hands the part with the new text to the editor.
 */
class PartTranslations extends Details {

    private static final int LAZY_TIMEOUT_MS = 400;

    private final String idPrefix;
    private final Consumer<JsonNode> onEdit;
    private final Div table = new Div();
    private JsonNode part;

    PartTranslations(String idPrefix, Consumer<JsonNode> onEdit) {
        this.idPrefix = idPrefix;
        this.onEdit = onEdit;
        setId(idPrefix);
        setWidthFull();
        table.setId(idPrefix + "-table");
        table.getStyle().set("display", "grid").set("overflow-x", "auto").set("align-items", "baseline")
                .set("grid-template-columns", "minmax(8em, max-content) repeat(6, minmax(10em, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
        add(table);
    }

    /** Shows the part's texts, replacing what was shown; hidden when the part has none. */
    void show(JsonNode shown) {
        part = shown;
        List<PartText> texts = TextUnits.textsOf(shown);
        setVisible(!texts.isEmpty());
        table.removeAll();
        table.add(heading(getTranslation("template.translations.where")));
        for (Language language : Language.values()) {
            table.add(heading(language.nativeName()));
        }
        Language console = Language.of(getLocale());
        texts.forEach(text -> addRow(text, TextUnits.where(text.id(), console)));
        showSummary(texts);
    }

    private void addRow(PartText text, String where) {
        Span what = new Span(where);
        what.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span english = new Span(text.text().english());
        english.getElement().setAttribute("lang", Language.EN.code());
        english.getElement().setAttribute("dir", "ltr");
        table.add(what, english);
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                table.add(input(text, where, language));
            }
        }
    }

    private TextField input(PartText text, String where, Language language) {
        TextField input = new TextField();
        input.setId(idPrefix + "-" + text.id() + "-" + language.code());
        input.setAriaLabel(where + " (" + language.nativeName() + ")");
        input.setValue(text.text().values().getOrDefault(language, ""));
        input.setPlaceholder(text.text().english());
        input.setWidthFull();
        input.getElement().setAttribute("lang", language.code());
        input.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setValueChangeTimeout(LAZY_TIMEOUT_MS);
        input.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                part = TextUnits.withText(part, text.id(), language, event.getValue());
                showSummary(TextUnits.textsOf(part));
                onEdit.accept(part);
            }
        });
        return input;
    }

    /** How many texts there are and how many translations are still missing, e.g. "12 texts, 7 translations missing". */
    private void showSummary(List<PartText> texts) {
        long missing = texts.stream().mapToLong(text -> java.util.Arrays.stream(Language.values())
                .filter(language -> !text.text().has(language)).count()).sum();
        setSummaryText(getTranslation("template.labels.summary", texts.size(), missing));
    }

    private static Component heading(String text) {
        Span heading = new Span(text);
        heading.getStyle().set("font-weight", "600");
        return heading;
    }
}

package org.qconsole.template.diff;

import java.util.List;
import org.qconsole.model.Language;

/**
 * One property that differs between the two versions of a section, item or the version itself, e.g.
 * the French text of question 1.a, or its answer settings.
 *
 * @param field the property: {@code text}, {@code help}, {@code title}, {@code introduction},
 *     {@code number}, {@code required}, {@code requiredWhen}, {@code visibleWhen}, {@code answer},
 *     {@code answer.options}... (one of {@link #FIELDS})
 * @param language the language, for texts in several languages (one change per language); {@code null}
 *     otherwise
 * @param before the older value as stored (rich text keeps its HTML; conditions, answer settings,
 *     footnotes and plugins as compact JSON); {@code null} when the older version has none
 * @param after the newer value, in the same form; {@code null} when the newer version has none
 */
public record FieldChange(String field, Language language, String before, String after) {

    /** Every property compared; each is named on the page by {@code template.diff.field.<field>}. */
    public static final List<String> FIELDS = List.of("title", "circularReference", "introduction", "footnotes",
            "number", "plugin", "text", "help", "required", "requiredWhen", "visibleWhen", "answer", "answer.options",
            "answer.checks", "answer.questions", "supportingDocuments");

    public FieldChange {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("A compared property needs its name in the messages: " + field);
        }
    }
}

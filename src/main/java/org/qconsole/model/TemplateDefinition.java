package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything a version of a questionnaire says: what the respondent reads and answers. Stored as JSON
 * (the {@code version} object of docs/template-format.md) and immutable once published.
 *
 * @param circularReference the secretariat's reference, e.g. {@code CU 2023/187/DTA/CEB/CSS}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateDefinition(LocalizedText title, String circularReference, LocalizedText introduction,
        List<Footnote> footnotes, List<Section> sections) {

    public TemplateDefinition {
        title = title == null ? LocalizedText.EMPTY : title;
        circularReference = circularReference == null ? "" : circularReference;
        introduction = introduction == null ? LocalizedText.EMPTY : introduction;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static TemplateDefinition empty(String englishTitle) {
        return new TemplateDefinition(LocalizedText.en(englishTitle), "", LocalizedText.EMPTY, List.of(), List.of());
    }

    /** Every question, depth first in reading order, sub-questions after their parent. */
    public List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        forEachItem(item -> {
            if (item instanceof Question q) {
                questions.add(q);
            }
        });
        return questions;
    }

    /** Visits every item, depth first in reading order. */
    public void forEachItem(Consumer<Item> visitor) {
        sections.forEach(section -> visit(section.items(), visitor));
    }

    private static void visit(List<Item> items, Consumer<Item> visitor) {
        for (Item item : items) {
            visitor.accept(item);
            if (item instanceof Question q) {
                visit(q.items(), visitor);
            }
        }
    }
}

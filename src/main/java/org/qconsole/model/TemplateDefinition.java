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
        List<Footnote> footnotes, List<Section> sections, List<OptionList> optionLists) {

    public TemplateDefinition {
        title = title == null ? LocalizedText.EMPTY : title;
        circularReference = circularReference == null ? "" : circularReference;
        introduction = introduction == null ? LocalizedText.EMPTY : introduction;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        optionLists = optionLists == null ? List.of() : List.copyOf(optionLists);
        sections = SharedOptions.fill(optionLists, sections == null ? List.of() : List.copyOf(sections));
    }

    public TemplateDefinition(LocalizedText title, String circularReference, LocalizedText introduction,
            List<Footnote> footnotes, List<Section> sections) {
        this(title, circularReference, introduction, footnotes, sections, List.of());
    }

    public TemplateDefinition withTitle(LocalizedText newTitle) {
        return new TemplateDefinition(newTitle, circularReference, introduction, footnotes, sections, optionLists);
    }

    public TemplateDefinition withCircularReference(String reference) {
        return new TemplateDefinition(title, reference, introduction, footnotes, sections, optionLists);
    }

    public TemplateDefinition withIntroduction(LocalizedText text) {
        return new TemplateDefinition(title, circularReference, text, footnotes, sections, optionLists);
    }

    public TemplateDefinition withFootnotes(List<Footnote> notes) {
        return new TemplateDefinition(title, circularReference, introduction, notes, sections, optionLists);
    }

    /** The same version with these shared lists: every choice naming one of them takes its new options. */
    public TemplateDefinition withOptionLists(List<OptionList> lists) {
        return new TemplateDefinition(title, circularReference, introduction, footnotes,
                SharedOptions.replace(lists, sections), lists);
    }

    /** The names of the shared option lists some question uses (a list in use cannot be removed). */
    public java.util.Set<String> usedOptionLists() {
        return SharedOptions.used(this);
    }

    public TemplateDefinition withSections(List<Section> newSections) {
        return new TemplateDefinition(title, circularReference, introduction, footnotes, newSections, optionLists);
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
            visit(item.items(), visitor);
        }
    }
}

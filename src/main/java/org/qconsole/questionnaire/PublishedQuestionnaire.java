package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.answer.CrossChecks;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;

/**
 * A published template version as the console runs it: built once per version (published versions never
 * change), with each question's answer kind and each plugin section's type resolved into its
 * {@link AnswerSlot}. It answers what every reader of answers asks: which slot a key names, what is shown,
 * how far a response is, and the export columns.
 */
public final class PublishedQuestionnaire {

    private final TemplateDefinition definition;
    private final List<AnswerSlot> inReadingOrder;
    private final Map<String, AnswerSlot> slots;
    private final Map<String, List<AnswerSlot>> bySection;
    private final CrossChecks crossChecks;

    private PublishedQuestionnaire(TemplateDefinition definition, Map<String, AnswerSlot> slots,
            Map<String, List<AnswerSlot>> bySection) {
        this.definition = definition;
        this.crossChecks = CrossChecks.of(definition);
        this.inReadingOrder = List.copyOf(slots.values());
        this.slots = Collections.unmodifiableMap(slots);
        this.bySection = Collections.unmodifiableMap(bySection);
    }

    /** Resolves every slot of the definition; plugin sections through the given section types. */
    public static PublishedQuestionnaire of(TemplateDefinition definition, SectionTypeLookup sectionTypes) {
        Map<String, AnswerSlot> slots = new LinkedHashMap<>();
        Map<String, List<AnswerSlot>> bySection = new LinkedHashMap<>();
        for (Section section : definition.sections()) {
            List<AnswerSlot> own = new ArrayList<>();
            if (section.plugin() != null) {
                own.add(new PluginSlot(section, sectionTypes.find(section.plugin().pluginId())));
            }
            collect(section, section.items(), own);
            own.forEach(slot -> slots.putIfAbsent(slot.key(), slot));
            bySection.put(section.key(), List.copyOf(own));
        }
        return new PublishedQuestionnaire(definition, slots, bySection);
    }

    /** For a questionnaire without plugin sections (or read where plugins cannot be asked). */
    public static PublishedQuestionnaire of(TemplateDefinition definition) {
        return of(definition, SectionTypeLookup.NONE);
    }

    public TemplateDefinition definition() {
        return definition;
    }

    /** Every slot in reading order: sections in order, sub-questions after their parent. */
    public List<AnswerSlot> slots() {
        return inReadingOrder;
    }

    /** The slot an answer key names; empty for a key the version does not have. */
    public Optional<AnswerSlot> slot(String key) {
        return Optional.ofNullable(key == null ? null : slots.get(key));
    }

    /** The slots of one section, in reading order. */
    public List<AnswerSlot> slotsOf(Section section) {
        return bySection.getOrDefault(section.key(), List.of());
    }

    /** What the respondent sees given these answers (see {@link Visibility}). */
    public Visibility visibility(Map<String, JsonNode> answers) {
        return Visibility.of(definition, answers);
    }

    /** Whether the answer under this key is checked against another answer (see {@link CrossChecks}). */
    public boolean comparesWithOthers(String key) {
        return crossChecks.compares(key);
    }

    /**
     * What is wrong with this value of one answer beside the other answers stored (checks that read two answers), in
     * {@code language}; empty when it holds or the answer would be hidden.
     */
    public Optional<String> problemBeside(String key, JsonNode value, Map<String, JsonNode> stored,
            Language language) {
        return crossChecks.problemBeside(key, value, stored, language);
    }

    /** The shown answers that fail a check reading other answers, in reading order (submission refuses them). */
    public List<AnswerProblem> problems(Map<String, JsonNode> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        crossChecks.problems(answers, visibility(answers)).forEach((key, problem) -> slot(key).ifPresent(slot ->
                problems.add(new AnswerProblem(key, slot.number(), slot::label, problem))));
        return problems;
    }

    /** How far a response with these answers is, per section and overall. */
    public Progress progress(Map<String, JsonNode> answers) {
        return Progress.of(this, answers);
    }

    /** The export columns of every slot, in reading order. */
    public List<AnswerColumn> columns(Language language) {
        List<AnswerColumn> columns = new ArrayList<>();
        inReadingOrder.forEach(slot -> columns.addAll(slot.columns(language)));
        return columns;
    }

    private static void collect(Section section, List<Item> items, List<AnswerSlot> into) {
        for (Item item : items) {
            if (item instanceof Question q) {
                into.add(new QuestionSlot(section, q));
                q.documentsQuestion().ifPresent(documents -> into.add(new QuestionSlot(section, documents)));
            }
            collect(section, item.items(), into);
        }
    }
}

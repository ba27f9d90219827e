package org.qconsole.template;

import org.qconsole.model.RichText;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.CrossChecks;
import org.qconsole.answer.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.common.StorableText;
import org.qconsole.common.Worded;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Footnote;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.model.TextBlock;

/**
 * Checks a version against the rules of docs/template-format.md and lists every problem, each naming
 * the item it concerns. Run on import and before publishing; the designer shows the same list.
 */
public final class TemplateValidator {

    public static final int MAX_ITEM_DEPTH = 5;
    /** As long as a stored answer's key may be (the database's column). */
    static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_ITEMS = 2_000;
    public static final int MAX_TITLE_LENGTH = 500;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Worded> placeOfKey = new HashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Integer> readingOrder = new HashMap<>();
    private final List<Placed> conditionHolders = new ArrayList<>();
    private int itemCount;
    /** The version's shared option lists, set when the check starts. */
    private OptionListCheck optionLists;

    private record Placed(Item item, Worded where) {
    }

    private TemplateValidator() {
    }

    /** Problems of the version on its own. */
    public static List<Problem> validate(TemplateDefinition definition) {
        return validate(definition, List.of());
    }

    /**
     * Problems of the version, including keys that earlier published versions of the same template used
     * for another kind of answer (answers are linked by key across versions).
     */
    public static List<Problem> validate(TemplateDefinition definition, List<TemplateDefinition> earlierVersions) {
        TemplateValidator validator = new TemplateValidator();
        validator.check(definition);
        validator.checkAgainst(earlierVersions);
        return List.copyOf(validator.problems);
    }

    private void check(TemplateDefinition definition) {
        if (StorableText.hasNul(TemplateJson.mapper().valueToTree(definition))) {
            problem(Places.QUESTIONNAIRE, "template.problem.nul");
        }
        plainText(Places.QUESTIONNAIRE, Places.TITLE, definition.title(), true);
        if (definition.circularReference().length() > 200) {
            problem(Places.QUESTIONNAIRE, "template.problem.referenceTooLong");
        }
        richText(Places.QUESTIONNAIRE, Places.INTRODUCTION, definition.introduction(), false);
        footnotes(Places.QUESTIONNAIRE, definition.footnotes());
        OptionListCheck.lists(definition, message -> problems.add(Problem.at(Places.QUESTIONNAIRE, message)));
        optionLists = new OptionListCheck(definition);
        if (definition.sections().isEmpty()) {
            problem(Places.QUESTIONNAIRE, "template.problem.noSection");
        }
        for (int i = 0; i < definition.sections().size(); i++) {
            section(definition.sections().get(i), i);
        }
        if (questions.isEmpty() && definition.sections().stream().allMatch(s -> s.plugin() == null)) {
            problem(Places.QUESTIONNAIRE, "template.problem.noQuestion");
        }
        if (itemCount > MAX_ITEMS) {
            problem(Places.QUESTIONNAIRE, "template.problem.tooManyItems", String.valueOf(itemCount),
                    String.valueOf(MAX_ITEMS));
        }
        conditionHolders.forEach(placed -> new ConditionCheck(placed.item(), placed.where(), questions, readingOrder,
                problems::add).run());
        ConditionCheck.cycles(conditionHolders.stream().map(Placed::item).toList(), problems::add);
        CrossChecks.checkDefinition(definition, (question, message) -> problems.add(Problem.at(Places.item(question),
                message)));
    }

    private void section(Section section, int index) {
        Worded where = Places.section(section, index);
        key(where, section.key());
        plainText(where, Places.TITLE, section.title(), true);
        richText(where, Places.INTRODUCTION, section.introduction(), false);
        footnotes(where, section.footnotes());
        titleMarkers(where, section);
        if (section.plugin() != null) {
            plugin(where, section);
        }
        items(section.items(), 1);
    }

    /** A footnote marker in a section's title ({@code <sup>3</sup>}) points to one of the section's footnotes. */
    private void titleMarkers(Worded where, Section section) {
        if (section.title() == null) {
            return;
        }
        Set<String> markers = section.footnotes().stream().map(Footnote::marker).collect(Collectors.toSet());
        section.title().values().forEach((language, title) -> MarkedTitle.markers(title).stream()
                .filter(marker -> !markers.contains(marker)).forEach(marker -> problem(where,
                        "template.problem.titleMarker", language.code(), marker)));
    }

    private void plugin(Worded where, Section section) {
        PluginSection plugin = section.plugin();
        if (plugin.pluginId() == null || !Settings.KEY.matcher(plugin.pluginId()).matches()) {
            problem(where, "template.problem.pluginId", String.valueOf(plugin.pluginId()));
        }
        if (plugin.pluginVersion() == null || plugin.pluginVersion().isBlank()) {
            problem(where, "template.problem.pluginVersion");
        }
        if (!section.items().isEmpty()) {
            problem(where, "template.problem.pluginItems");
        }
    }

    private void items(List<Item> items, int depth) {
        for (Item item : items) {
            itemCount++;
            readingOrder.put(item.key(), readingOrder.size());
            Worded where = Places.item(item);
            if (depth > MAX_ITEM_DEPTH) {
                problem(where, "template.problem.tooDeep", String.valueOf(depth), String.valueOf(MAX_ITEM_DEPTH));
                continue;
            }
            key(where, item.key());
            if (item.visibleWhen() != null) {
                conditionHolders.add(new Placed(item, where));
            }
            if (item instanceof TextBlock text) {
                richText(where, Places.TEXT, text.text(), true);
            } else if (item instanceof Question question) {
                question(question, where);
            }
            items(item.items(), depth + 1);
        }
    }

    private void question(Question question, Worded where) {
        if (question.key() != null) {
            questions.put(question.key(), question);
        }
        richText(where, Places.TEXT, question.text(), true);
        richText(where, Places.HELP, question.help(), false);
        footnotes(where, question.footnotes());
        if (question.requiredWhen() != null) {
            if (!question.required()) {
                problem(where, "template.problem.requiredWhen");
            }
            if (question.visibleWhen() == null) {
                conditionHolders.add(new Placed(question, where));
            }
        }
        if (question.answer() == null) {
            problem(where, "template.problem.noKind");
        } else {
            AnswerKinds.of(question.answer()).checkSettings(message -> problems.add(Problem.at(where, message)));
            optionLists.question(question.answer(), message -> problems.add(Problem.at(where, message)));
            List<Question> repeated = AnswerKinds.of(question.answer()).repeatedQuestions();
            if (!repeated.isEmpty()) {
                repeatedConditions(repeated, where);
            }
        }
        if (question.supportingDocuments() != null) {
            supportingDocuments(question, where);
        }
    }

    /** Files beside an answer: not beside a documents question's own, and within a documents question's limits. */
    private void supportingDocuments(Question question, Worded where) {
        if (question.answer() != null && AnswerKinds.of(question.answer()).takesFiles()) {
            problem(where, "template.problem.documentsTwice");
        }
        if (question.key() != null && question.documentsKey().length() > MAX_KEY_LENGTH) {
            problem(where, "template.problem.documentsKey",
                    String.valueOf(MAX_KEY_LENGTH - Question.DOCUMENTS_SUFFIX.length()));
        }
        Integer most = question.supportingDocuments().maxFiles();
        if (most != null && (most < 1 || most > Settings.MAX_FILES)) {
            problem(where, "template.problem.documentsCount", String.valueOf(most), String.valueOf(Settings.MAX_FILES));
        }
    }

    /** A repeated question's conditions read earlier questions of its own repetition, checked as any others. */
    private void repeatedConditions(List<Question> repeatedQuestions, Worded where) {
        Map<String, Question> repeated = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        repeatedQuestions.stream().filter(q -> q.key() != null).forEach(q -> {
            repeated.putIfAbsent(q.key(), q);
            order.putIfAbsent(q.key(), order.size());
        });
        List<Item> holders = repeatedQuestions.stream()
                .filter(q -> q.visibleWhen() != null || q.requiredWhen() != null).map(q -> (Item) q).toList();
        holders.forEach(q -> new ConditionCheck(q, Places.repeated(where, q.key()), repeated, order,
                problems::add).run());
        ConditionCheck.cycles(holders, problems::add);
    }

    private void footnotes(Worded where, List<Footnote> footnotes) {
        Set<String> markers = new HashSet<>();
        for (Footnote footnote : footnotes) {
            if (footnote.marker() == null || footnote.marker().isBlank()) {
                problem(where, "template.problem.noMarker");
            } else if (!markers.add(footnote.marker())) {
                problem(where, "template.problem.twoMarkers", footnote.marker());
            }
            richText(where, Places.footnote(String.valueOf(footnote.marker())), footnote.text(), true);
        }
    }

    private void key(Worded where, String key) {
        if (key == null || !Settings.KEY.matcher(key).matches()) {
            problem(where, "template.problem.badKey", String.valueOf(key));
            return;
        }
        Worded earlier = placeOfKey.putIfAbsent(key, where);
        if (earlier != null) {
            problem(where, "template.problem.keyTaken", key, earlier);
        }
    }

    private void plainText(Worded where, Worded field, LocalizedText text, boolean required) {
        texts(where, field, text, required, MAX_TITLE_LENGTH);
    }

    private void richText(Worded where, Worded field, LocalizedText text, boolean required) {
        texts(where, field, text, required, Settings.MAX_TEXT_LENGTH);
        if (text != null) {
            text.values().forEach((language, value) -> RichText.disallowedMarkup(value).forEach(markup ->
                    problem(where, "template.problem.markup", field, language.code(), markup)));
        }
    }

    private void texts(Worded where, Worded field, LocalizedText text, boolean required, int maxLength) {
        if (required && (text == null || text.english().isBlank())) {
            problem(where, "template.problem.noEnglish", field);
        }
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (value.length() > maxLength) {
                    problem(where, "template.problem.tooLong", field, language.code(), String.valueOf(value.length()),
                            String.valueOf(maxLength));
                }
            });
        }
    }

    private void checkAgainst(List<TemplateDefinition> earlierVersions) {
        Map<String, AnswerSpec> earlierKinds = new HashMap<>();
        earlierVersions.forEach(version -> version.questions().forEach(q -> earlierKinds.put(q.key(), q.answer())));
        questions.values().forEach(question -> {
            AnswerSpec before = earlierKinds.get(question.key());
            if (before != null && question.answer() != null && before.getClass() != question.answer().getClass()) {
                problem(Places.item(question), "template.problem.kindChanged", question.key(),
                        AnswerKinds.of(before).kindName(), AnswerKinds.of(question.answer()).kindName());
            }
        });
    }

    private void problem(Worded where, String key, Object... arguments) {
        problems.add(Problem.worded(where, key, arguments));
    }
}

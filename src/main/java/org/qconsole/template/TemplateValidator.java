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
    private final Map<String, String> placeOfKey = new HashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Integer> readingOrder = new HashMap<>();
    private final List<Placed> conditionHolders = new ArrayList<>();
    private int itemCount;
    /** The version's shared option lists, set when the check starts. */
    private OptionListCheck optionLists;

    private record Placed(Item item, String where) {
    }

    static final String NUL_PROBLEM = "contains an invisible control character (NUL), which cannot be stored:"
            + " remove it";

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
            problem("The questionnaire", NUL_PROBLEM);
        }
        plainText("The questionnaire", "title", definition.title(), true);
        if (definition.circularReference().length() > 200) {
            problem("The questionnaire", "the circular reference is longer than 200 characters");
        }
        richText("The questionnaire", "introduction", definition.introduction(), false);
        footnotes("The questionnaire", definition.footnotes());
        OptionListCheck.lists(definition, message -> problem("The questionnaire", message));
        optionLists = new OptionListCheck(definition);
        if (definition.sections().isEmpty()) {
            problem("The questionnaire", "has no section");
        }
        for (int i = 0; i < definition.sections().size(); i++) {
            section(definition.sections().get(i), i);
        }
        if (questions.isEmpty() && definition.sections().stream().allMatch(s -> s.plugin() == null)) {
            problem("The questionnaire", "has no question");
        }
        if (itemCount > MAX_ITEMS) {
            problem("The questionnaire", "has " + itemCount + " items; at most " + MAX_ITEMS + " are allowed");
        }
        conditionHolders.forEach(placed -> new ConditionCheck(placed.item(), placed.where(), questions, readingOrder,
                problems::add).run());
        ConditionCheck.cycles(conditionHolders.stream().map(Placed::item).toList(), problems::add);
        CrossChecks.checkDefinition(definition, (question, message) -> problem(describe(question), message));
    }

    private void section(Section section, int index) {
        String where = "Section " + (section.number().isBlank() ? "#" + (index + 1) : section.number())
                + " (" + section.key() + ")";
        key(where, section.key());
        plainText(where, "title", section.title(), true);
        richText(where, "introduction", section.introduction(), false);
        footnotes(where, section.footnotes());
        titleMarkers(where, section);
        if (section.plugin() != null) {
            plugin(where, section);
        }
        items(section.items(), 1);
    }

    /** A footnote marker in a section's title ({@code <sup>3</sup>}) points to one of the section's footnotes. */
    private void titleMarkers(String where, Section section) {
        if (section.title() == null) {
            return;
        }
        Set<String> markers = section.footnotes().stream().map(Footnote::marker).collect(Collectors.toSet());
        section.title().values().forEach((language, title) -> MarkedTitle.markers(title).stream()
                .filter(marker -> !markers.contains(marker)).forEach(marker -> problem(where, "the title ("
                        + language.code() + ") marks footnote " + marker + ", but the section has no footnote "
                        + marker)));
    }

    private void plugin(String where, Section section) {
        PluginSection plugin = section.plugin();
        if (plugin.pluginId() == null || !Settings.KEY.matcher(plugin.pluginId()).matches()) {
            problem(where, "the plugin id \"" + plugin.pluginId() + "\" is not valid (lower-case letters, digits, . _ -)");
        }
        if (plugin.pluginVersion() == null || plugin.pluginVersion().isBlank()) {
            problem(where, "names no plugin version");
        }
        if (!section.items().isEmpty()) {
            problem(where, "is a plugin section and cannot also hold items");
        }
    }

    private void items(List<Item> items, int depth) {
        for (Item item : items) {
            itemCount++;
            readingOrder.put(item.key(), readingOrder.size());
            String where = describe(item);
            if (depth > MAX_ITEM_DEPTH) {
                problem(where, "is nested " + depth + " levels deep; at most " + MAX_ITEM_DEPTH + " are allowed");
                continue;
            }
            key(where, item.key());
            if (item.visibleWhen() != null) {
                conditionHolders.add(new Placed(item, where));
            }
            if (item instanceof TextBlock text) {
                richText(where, "text", text.text(), true);
            } else if (item instanceof Question question) {
                question(question, where);
            }
            items(item.items(), depth + 1);
        }
    }

    private void question(Question question, String where) {
        if (question.key() != null) {
            questions.put(question.key(), question);
        }
        richText(where, "text", question.text(), true);
        richText(where, "help", question.help(), false);
        footnotes(where, question.footnotes());
        if (question.requiredWhen() != null) {
            if (!question.required()) {
                problem(where, "has a \"required when\" condition but is not marked required");
            }
            if (question.visibleWhen() == null) {
                conditionHolders.add(new Placed(question, where));
            }
        }
        if (question.answer() == null) {
            problem(where, "has no answer kind");
        } else {
            AnswerKinds.of(question.answer()).checkSettings(message -> problems.add(new Problem(where, message)));
            optionLists.question(question.answer(), message -> problems.add(new Problem(where, message)));
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
    private void supportingDocuments(Question question, String where) {
        if (question.answer() != null && AnswerKinds.of(question.answer()).takesFiles()) {
            problem(where, "takes documents as its answer and also allows supporting documents; give one or the other");
        }
        if (question.key() != null && question.documentsKey().length() > MAX_KEY_LENGTH) {
            problem(where, "allows supporting documents, so its key may have at most "
                    + (MAX_KEY_LENGTH - Question.DOCUMENTS_SUFFIX.length()) + " characters");
        }
        Integer most = question.supportingDocuments().maxFiles();
        if (most != null && (most < 1 || most > Settings.MAX_FILES)) {
            problem(where, "allows " + most + " supporting documents; use 1 to " + Settings.MAX_FILES);
        }
    }

    /** A repeated question's conditions read earlier questions of its own repetition, checked as any others. */
    private void repeatedConditions(List<Question> repeatedQuestions, String where) {
        Map<String, Question> repeated = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        repeatedQuestions.stream().filter(q -> q.key() != null).forEach(q -> {
            repeated.putIfAbsent(q.key(), q);
            order.putIfAbsent(q.key(), order.size());
        });
        List<Item> holders = repeatedQuestions.stream()
                .filter(q -> q.visibleWhen() != null || q.requiredWhen() != null).map(q -> (Item) q).toList();
        holders.forEach(q -> new ConditionCheck(q, where + ", repeated question " + q.key(), repeated, order,
                problems::add).run());
        ConditionCheck.cycles(holders, problems::add);
    }

    private void footnotes(String where, List<Footnote> footnotes) {
        Set<String> markers = new HashSet<>();
        for (Footnote footnote : footnotes) {
            if (footnote.marker() == null || footnote.marker().isBlank()) {
                problem(where, "has a footnote without a marker");
            } else if (!markers.add(footnote.marker())) {
                problem(where, "has two footnotes marked " + footnote.marker());
            }
            richText(where, "footnote " + footnote.marker(), footnote.text(), true);
        }
    }

    private void key(String where, String key) {
        if (key == null || !Settings.KEY.matcher(key).matches()) {
            problem(where, "the key \"" + key + "\" is not valid: use 1 to 64 lower-case letters, digits, . _ or -");
            return;
        }
        String earlier = placeOfKey.putIfAbsent(key, where);
        if (earlier != null) {
            problem(where, "uses the key \"" + key + "\", which " + earlier + " already uses");
        }
    }

    private void plainText(String where, String field, LocalizedText text, boolean required) {
        texts(where, field, text, required, MAX_TITLE_LENGTH);
    }

    private void richText(String where, String field, LocalizedText text, boolean required) {
        texts(where, field, text, required, Settings.MAX_TEXT_LENGTH);
        if (text != null) {
            text.values().forEach((language, value) -> RichText.disallowedMarkup(value).forEach(markup ->
                    problem(where, "the " + field + " (" + language.code() + ") contains " + markup
                            + ", which is not allowed in questionnaire texts")));
        }
    }

    private void texts(String where, String field, LocalizedText text, boolean required, int maxLength) {
        if (required && (text == null || text.english().isBlank())) {
            problem(where, "has no English " + field);
        }
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (value.length() > maxLength) {
                    problem(where, "the " + field + " (" + language.code() + ") has " + value.length()
                            + " characters; at most " + maxLength + " are allowed");
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
                problem(describe(question), "the key \"" + question.key() + "\" was a " + before.kindName()
                        + " question in an earlier version; answers given to it would not fit a "
                        + question.answer().kindName() + " question. Give the changed question a new key.");
            }
        });
    }

    static String describe(Item item) {
        if (item instanceof Question q) {
            return "Question " + (q.number().isBlank() ? "" : q.number() + " ") + "(" + q.key() + ")";
        }
        return "Text (" + item.key() + ")";
    }

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }
}

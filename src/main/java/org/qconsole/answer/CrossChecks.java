package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.CompareWith;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

/**
 * The checks that read two answers: a number question compared with an earlier number question
 * ({@link CompareWith}, "of which" at most the total). One answer's kind cannot see another answer,
 * so the rule lives here, built once per questionnaire, and everything that checks answers asks it: the server
 * when an answer is saved and at submission (through the published questionnaire), the fill-in as the
 * respondent types.
 *
 * <p>A comparison holds when either answer is missing, not a number, or hidden (a hidden answer counts as not
 * given). It is checked on the answer that carries it: when the other answer changes later, that save is not
 * refused (it is right on its own), the fill-in shows the problem under the answer that carries the comparison,
 * and submission is refused until one of them is corrected.
 */
public final class CrossChecks {

    /** A question's comparison with the question it names. */
    private record Rule(Question question, CompareWith compare, Question other) {
    }

    private final TemplateDefinition definition;
    private final Map<String, Rule> rules;
    private final Map<String, List<String>> readers;

    private CrossChecks(TemplateDefinition definition, Map<String, Rule> rules, Map<String, List<String>> readers) {
        this.definition = definition;
        this.rules = rules;
        this.readers = readers;
    }

    /** The comparisons of a questionnaire that name a number question (the validator refuses the others). */
    public static CrossChecks of(TemplateDefinition definition) {
        Map<String, Question> questions = new HashMap<>();
        definition.questions().forEach(q -> questions.putIfAbsent(q.key(), q));
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, List<String>> readers = new HashMap<>();
        for (Question question : definition.questions()) {
            compareWith(question).ifPresent(compare -> {
                Question other = questions.get(compare.question());
                if (other != null && other.answer() instanceof AnswerSpec.NumberAnswer && compare.operator() != null) {
                    rules.put(question.key(), new Rule(question, compare, other));
                    readers.computeIfAbsent(other.key(), k -> new ArrayList<>()).add(question.key());
                }
            });
        }
        return new CrossChecks(definition, Map.copyOf(rules), Map.copyOf(readers));
    }

    /** Whether the answer to this question is compared with another answer. */
    public boolean compares(String key) {
        return rules.containsKey(key);
    }

    /** The questions whose answers are compared with this one's, in reading order. */
    public List<String> readersOf(String key) {
        return readers.getOrDefault(key, List.of());
    }

    /**
     * What is wrong with a value of this question given the other answers the respondent sees, in their language
     * where the designer wrote a message; empty when it holds.
     */
    public Optional<String> problem(String key, JsonNode value, Answers shown, Language language) {
        Rule rule = rules.get(key);
        if (rule == null || value == null || !value.isNumber()) {
            return Optional.empty();
        }
        Optional<JsonNode> other = shown.get(rule.other().key()).filter(JsonNode::isNumber);
        if (other.isEmpty() || rule.compare().operator().holds(value.decimalValue().compareTo(
                other.get().decimalValue()))) {
            return Optional.empty();
        }
        CompareWith compare = rule.compare();
        if (compare.message() != null && !compare.message().english().isBlank()) {
            return Optional.of(compare.message().in(language));
        }
        Question named = rule.other();
        String relation = Messages.text(language, compare.operator().messageKey());
        String number = NumberKind.plain(other.get().decimalValue());
        return Optional.of(named.number().isBlank()
                ? Messages.text(language, "answer.check.comparedWithText", relation, number,
                        RichText.toPlainText(named.text() == null ? "" : named.text().in(language)))
                : Messages.text(language, "answer.check.comparedWith", relation, number, named.number()));
    }

    /**
     * What is wrong with this value of one answer beside the other answers (entered or stored), as the
     * respondent would see them: empty when it holds, or when the answer would be hidden.
     */
    public Optional<String> problemBeside(String key, JsonNode value, Map<String, JsonNode> others,
            Language language) {
        if (!compares(key) || value == null) {
            return Optional.empty();
        }
        Map<String, JsonNode> answers = new HashMap<>(others);
        answers.put(key, value);
        Visibility visibility = Visibility.of(definition, answers);
        return visibility.isShown(key) ? problem(key, value, visibility.shownAnswers(), language) : Optional.empty();
    }

    /** Every shown answer whose comparison fails, by question key in reading order, worded in any language. */
    public Map<String, Worded> problems(Map<String, JsonNode> answers, Visibility visibility) {
        Map<String, Worded> problems = new LinkedHashMap<>();
        Answers shown = visibility.shownAnswers();
        rules.keySet().stream().filter(visibility::isShown)
                .filter(key -> problem(key, answers.get(key), shown, Language.EN).isPresent())
                .forEach(key -> problems.put(key, language -> problem(key, answers.get(key), shown, language)
                        .orElse("")));
        return problems;
    }

    /**
     * The comparisons that cannot work, each told with the question that has it: one that names no question,
     * itself, a later question (answers are given in reading order, and conditions look back too) or a question
     * that does not take a number.
     */
    public static void checkDefinition(TemplateDefinition definition, BiConsumer<Question, Worded> problems) {
        Map<String, Integer> order = new HashMap<>();
        List<Question> questions = definition.questions();
        for (int i = 0; i < questions.size(); i++) {
            order.putIfAbsent(questions.get(i).key(), i);
        }
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            int position = i;
            compareWith(question).ifPresent(compare -> {
                String key = compare.question();
                Integer other = key == null ? null : order.get(key);
                if (other == null) {
                    problems.accept(question, new Phrase("answer.settings.compare.unknown", String.valueOf(key)));
                } else if (other == position) {
                    problems.accept(question, new Phrase("answer.settings.compare.itself"));
                } else if (other > position) {
                    problems.accept(question, new Phrase("answer.settings.compare.later", key));
                } else if (!(questions.get(other).answer() instanceof AnswerSpec.NumberAnswer)) {
                    problems.accept(question, new Phrase("answer.settings.compare.notNumber", key));
                }
            });
        }
    }

    private static Optional<CompareWith> compareWith(Question question) {
        return question.answer() instanceof AnswerSpec.NumberAnswer number
                ? Optional.ofNullable(number.compareWith()) : Optional.empty();
    }
}

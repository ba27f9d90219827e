package org.qconsole.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.Question;

/**
 * Checks the conditions of one item: they may read only questions that come earlier in reading
 * order, and must fit those questions' answer kinds. {@link #cycles} names conditions that depend on
 * each other.
 */
final class ConditionCheck {

    private final Item item;
    private final Worded where;
    private final Map<String, Question> questions;
    private final Map<String, Integer> readingOrder;
    private final Consumer<Problem> problems;

    ConditionCheck(Item item, Worded where, Map<String, Question> questions, Map<String, Integer> readingOrder,
            Consumer<Problem> problems) {
        this.item = item;
        this.where = where;
        this.questions = questions;
        this.readingOrder = readingOrder;
        this.problems = problems;
    }

    void run() {
        check(new Phrase("template.problem.condition.shows"), item.visibleWhen());
        if (item instanceof Question q) {
            check(new Phrase("template.problem.condition.required"), q.requiredWhen());
        }
    }

    private void check(Phrase role, Condition condition) {
        if (condition == null) {
            return;
        }
        for (Condition leaf : leaves(condition)) {
            for (String key : leaf.questionKeys()) {
                Question target = questions.get(key);
                if (key == null || target == null) {
                    worded("template.problem.condition.noQuestion", role, String.valueOf(key));
                } else if (key.equals(item.key())) {
                    worded("template.problem.condition.itself", role);
                } else if (readingOrder.getOrDefault(key, -1) > readingOrder.getOrDefault(item.key(), -1)) {
                    worded("template.problem.condition.later", role, key);
                } else {
                    fits(leaf, target);
                }
            }
        }
    }

    private void fits(Condition leaf, Question target) {
        AnswerSpec answer = target.answer();
        AnswerKind kind = AnswerKinds.of(answer);
        Optional<Set<String>> equalsValues = kind.equalsValues();
        if (leaf instanceof Condition.Equals equals && equalsValues.isPresent()
                && (equals.value() == null || !equalsValues.get().contains(equals.value().asText()))) {
            if (equals.value() == null) {
                worded("template.problem.condition.yesNoNothing", target.key());
            } else {
                worded("template.problem.condition.yesNo", target.key(), equals.value().asText());
            }
        }
        if (leaf instanceof Condition.SelectedAny selected) {
            Set<String> options = kind.options().stream().map(AnswerSpec.Option::value).collect(Collectors.toSet());
            if (!kind.selectable()) {
                worded("template.problem.condition.notSelectable", target.key(), kind.kindName());
            } else {
                selected.values().stream().filter(v -> !options.contains(v)).forEach(v ->
                        worded("template.problem.condition.noOption", v, target.key()));
            }
        }
        if (leaf instanceof Condition.Compare && !kind.comparable()) {
            worded("template.problem.condition.notNumber", target.key(), kind.kindName());
        }
        CellConditionCheck.fits(leaf, target, message -> problems.accept(Problem.at(where, message)));
    }

    private void worded(String key, Object... arguments) {
        problems.accept(Problem.worded(where, key, arguments));
    }

    static List<Condition> leaves(Condition condition) {
        List<Condition> leaves = new ArrayList<>();
        Deque<Condition> open = new ArrayDeque<>(List.of(condition));
        while (!open.isEmpty()) {
            Condition next = open.pop();
            if (next instanceof Condition.And and) {
                and.all().forEach(open::push);
            } else if (next instanceof Condition.Or or) {
                or.any().forEach(open::push);
            } else if (next instanceof Condition.Not not && not.condition() != null) {
                open.push(not.condition()); // "not" reads the same questions the same way
            } else {
                leaves.add(next);
            }
        }
        return leaves;
    }

    /** Reports each set of items whose conditions depend on each other, e.g. "q2 → q3 → q2". */
    static void cycles(List<Item> holders, Consumer<Problem> problems) {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (Item holder : holders) {
            Set<String> keys = new LinkedHashSet<>();
            if (holder.visibleWhen() != null) {
                keys.addAll(holder.visibleWhen().questionKeys());
            }
            if (holder instanceof Question q && q.requiredWhen() != null) {
                keys.addAll(q.requiredWhen().questionKeys());
            }
            dependsOn.put(holder.key(), keys);
        }
        Set<String> reported = new HashSet<>();
        for (Item holder : holders) {
            List<String> cycle = findCycle(holder.key(), dependsOn, new ArrayList<>());
            if (cycle != null && reported.add(Set.copyOf(cycle).toString())) {
                problems.accept(Problem.worded(Places.item(holder), "template.problem.condition.cycle",
                        String.join(" → ", cycle)));
            }
        }
    }

    private static List<String> findCycle(String key, Map<String, Set<String>> dependsOn, List<String> path) {
        if (path.contains(key)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(key), path.size()));
            cycle.add(key);
            return path.indexOf(key) == 0 ? cycle : null;
        }
        path.add(key);
        for (String next : dependsOn.getOrDefault(key, Set.of())) {
            List<String> cycle = findCycle(next, dependsOn, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }
}

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
    private final String where;
    private final Map<String, Question> questions;
    private final Map<String, Integer> readingOrder;
    private final Consumer<Problem> problems;

    ConditionCheck(Item item, String where, Map<String, Question> questions, Map<String, Integer> readingOrder,
            Consumer<Problem> problems) {
        this.item = item;
        this.where = where;
        this.questions = questions;
        this.readingOrder = readingOrder;
        this.problems = problems;
    }

    void run() {
        check("shows only when", item.visibleWhen());
        if (item instanceof Question q) {
            check("is required only when", q.requiredWhen());
        }
    }

    private void check(String role, Condition condition) {
        if (condition == null) {
            return;
        }
        for (Condition leaf : leaves(condition)) {
            for (String key : leaf.questionKeys()) {
                Question target = questions.get(key);
                if (key == null || target == null) {
                    problem(role + " \"" + key + "\" is answered in some way, but there is no question with that key");
                } else if (key.equals(item.key())) {
                    problem(role + " it is itself answered: a condition cannot read its own question");
                } else if (readingOrder.getOrDefault(key, -1) > readingOrder.getOrDefault(item.key(), -1)) {
                    problem(role + " " + key + " is answered, but " + key
                            + " comes later: conditions may only read earlier questions");
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
            problem("compares " + target.key() + " (Yes / No) with \"" + (equals.value() == null ? "nothing"
                    : equals.value().asText()) + "\"; use \"yes\" or \"no\"");
        }
        if (leaf instanceof Condition.SelectedAny selected) {
            Set<String> options = kind.options().stream().map(AnswerSpec.Option::value).collect(Collectors.toSet());
            if (!kind.selectable()) {
                problem("asks which options of " + target.key() + " are selected, but it is a "
                        + answer.kindName() + " question");
            } else {
                selected.values().stream().filter(v -> !options.contains(v)).forEach(v ->
                        problem("asks whether option \"" + v + "\" of " + target.key()
                                + " is selected, but it has no such option"));
            }
        }
        if (leaf instanceof Condition.Compare && !kind.comparable()) {
            problem("compares " + target.key() + " as a number, but it is a " + answer.kindName() + " question");
        }
        CellConditionCheck.fits(leaf, target, this::problem);
    }

    private void problem(String message) {
        problems.accept(new Problem(where, message));
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
                problems.accept(new Problem(TemplateValidator.describe(holder),
                        "its condition depends on itself through " + String.join(" → ", cycle)));
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

package org.qconsole.template;

import java.util.HashSet;
import java.util.List;
import org.qconsole.answer.AnswerKinds;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.OptionList;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

/** The checks of a version's shared option lists and of the choices that name them. */
final class OptionListCheck {

    private final Map<String, OptionList> lists;

    OptionListCheck(TemplateDefinition definition) {
        lists = definition.optionLists().stream().collect(Collectors.toMap(OptionList::key, l -> l, (a, b) -> a));
    }

    /** The lists themselves: keys and options, each problem a phrase after "The questionnaire". */
    static void lists(TemplateDefinition definition, Consumer<Worded> problems) {
        Set<String> keys = new HashSet<>();
        for (OptionList list : definition.optionLists()) {
            if (list.key() == null || !Settings.KEY.matcher(list.key()).matches()) {
                problems.accept(new Phrase("template.problem.list.badKey", String.valueOf(list.key())));
            } else if (!keys.add(list.key())) {
                problems.accept(new Phrase("template.problem.list.twice", list.key()));
            }
            Settings.optionList(list.options(), problem -> problems.accept(new Phrase("template.problem.list.in",
                    String.valueOf(list.key()), problem)));
        }
    }

    /** A question's choice or choice columns that name a list: it exists and is not contradicted. */
    void question(AnswerSpec spec, Consumer<Worded> problems) {
        if (spec instanceof AnswerSpec.Choice choice) {
            choice(problems, choice);
        }
        columns(spec).forEach(c -> choice(problem -> problems.accept(new Phrase("answer.settings.inColumn", c.key(),
                problem)), c));
        AnswerKinds.of(spec).repeatedQuestions().stream().filter(q -> q.answer() != null).forEach(q -> question(
                q.answer(), message -> problems.accept(new Phrase("answer.settings.repeatedQuestion", q.key(),
                        message))));
    }

    private void choice(Consumer<Worded> problems, AnswerSpec.Choice choice) {
        if (choice.optionList() == null) {
            return;
        }
        OptionList list = lists.get(choice.optionList());
        if (list == null) {
            problems.accept(new Phrase("template.problem.list.unknown", choice.optionList()));
        } else if (!choice.options().equals(list.options())) {
            problems.accept(new Phrase("template.problem.list.andOwnOptions", list.key()));
        }
    }

    private static List<AnswerSpec.Column> columns(AnswerSpec spec) {
        if (spec instanceof AnswerSpec.Grid grid) {
            return grid.columns();
        }
        return spec instanceof AnswerSpec.Table table ? table.columns() : List.of();
    }
}

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
import org.qconsole.model.Language;
import org.qconsole.model.OptionList;
import org.qconsole.model.TemplateDefinition;

/** The checks of a version's shared option lists and of the choices that name them. */
final class OptionListCheck {

    private final Map<String, OptionList> lists;

    OptionListCheck(TemplateDefinition definition) {
        lists = definition.optionLists().stream().collect(Collectors.toMap(OptionList::key, l -> l, (a, b) -> a));
    }

    /** The lists themselves: keys and options, each problem a phrase after "The questionnaire". */
    static void lists(TemplateDefinition definition, Consumer<String> problems) {
        Set<String> keys = new HashSet<>();
        for (OptionList list : definition.optionLists()) {
            if (list.key() == null || !Settings.KEY.matcher(list.key()).matches()) {
                problems.accept("has an option list whose key \"" + list.key()
                        + "\" is not valid: use 1 to 64 lower-case letters, digits, . _ or -");
            } else if (!keys.add(list.key())) {
                problems.accept("has two option lists with the key \"" + list.key() + "\"");
            }
            Settings.optionList(list.options(), problem -> problems.accept("the option list " + list.key() + " "
                    + problem.in(Language.EN)));
        }
    }

    /** A question's choice or choice columns that name a list: it exists and is not contradicted. */
    void question(AnswerSpec spec, Consumer<String> problems) {
        if (spec instanceof AnswerSpec.Choice choice) {
            choice("", choice, problems);
        }
        columns(spec).forEach(c -> choice("column " + c.key() + " ", c, problems));
        AnswerKinds.of(spec).repeatedQuestions().stream().filter(q -> q.answer() != null).forEach(q -> question(
                q.answer(), message -> problems.accept("has a repeated question " + q.key() + " that " + message)));
    }

    private void choice(String where, AnswerSpec.Choice choice, Consumer<String> problems) {
        if (choice.optionList() == null) {
            return;
        }
        OptionList list = lists.get(choice.optionList());
        if (list == null) {
            problems.accept(where + "uses the option list \"" + choice.optionList()
                    + "\", which the questionnaire does not have");
        } else if (!choice.options().equals(list.options())) {
            problems.accept(where + "names the option list " + list.key()
                    + " and also lists options of its own; give one or the other");
        }
    }

    private static List<AnswerSpec.Column> columns(AnswerSpec spec) {
        if (spec instanceof AnswerSpec.Grid grid) {
            return grid.columns();
        }
        return spec instanceof AnswerSpec.Table table ? table.columns() : List.of();
    }
}

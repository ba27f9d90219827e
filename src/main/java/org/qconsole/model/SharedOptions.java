package org.qconsole.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills the options of choices and choice columns that name one of the version's shared lists. A choice
 * that names a list and also has options of its own keeps them, so that the template's check can say the
 * two disagree instead of one silently winning.
 */
final class SharedOptions {

    private final Map<String, List<AnswerSpec.Option>> lists = new HashMap<>();
    /** Whether options already there give way to the list's (an edit of the lists), or stay (a file read). */
    private final boolean replace;

    private SharedOptions(List<OptionList> optionLists, boolean replace) {
        optionLists.forEach(list -> lists.putIfAbsent(list.key(), list.options()));
        this.replace = replace;
    }

    /** Fills choices naming a list whose options are empty. */
    static List<Section> fill(List<OptionList> optionLists, List<Section> sections) {
        return optionLists.isEmpty() ? sections : new SharedOptions(optionLists, false).sections(sections);
    }

    /** Gives every choice naming one of these lists the list's options, replacing those it had. */
    static List<Section> replace(List<OptionList> optionLists, List<Section> sections) {
        return optionLists.isEmpty() ? sections : new SharedOptions(optionLists, true).sections(sections);
    }

    /** The names of the lists that some choice or choice column uses. */
    static Set<String> used(TemplateDefinition definition) {
        Set<String> used = new TreeSet<>();
        List<Question> questions = new java.util.ArrayList<>(definition.questions());
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.answer() instanceof AnswerSpec.RepeatingGroup group) {
                questions.addAll(group.questions());
            }
            if (q.answer() instanceof AnswerSpec.Choice choice && choice.optionList() != null) {
                used.add(choice.optionList());
            }
            List<AnswerSpec.Column> columns = q.answer() instanceof AnswerSpec.Grid g ? g.columns()
                    : q.answer() instanceof AnswerSpec.Table t ? t.columns() : List.of();
            columns.stream().map(AnswerSpec.Column::optionList).filter(Objects::nonNull).forEach(used::add);
        }
        return used;
    }

    private List<Section> sections(List<Section> sections) {
        return sections.stream().map(s -> new Section(s.key(), s.number(), s.title(), s.introduction(),
                s.footnotes(), items(s.items()), s.plugin())).toList();
    }

    private List<Item> items(List<Item> items) {
        return items.stream().map(item -> item instanceof Question q ? question(q)
                : ((TextBlock) item).withItems(items(item.items()))).toList();
    }

    private Item question(Question q) {
        return q.withAnswer(spec(q.answer())).withItems(items(q.items()));
    }

    private AnswerSpec spec(AnswerSpec spec) {
        if (spec instanceof AnswerSpec.Choice choice) {
            return (AnswerSpec) filled(choice);
        }
        if (spec instanceof AnswerSpec.Grid grid) {
            return grid.withColumns(columns(grid.columns()));
        }
        if (spec instanceof AnswerSpec.Table table) {
            return new AnswerSpec.Table(columns(table.columns()), table.minRows(), table.maxRows());
        }
        if (spec instanceof AnswerSpec.RepeatingGroup group) {
            return group.withQuestions(group.questions().stream().map(q -> (Question) question(q)).toList());
        }
        return spec;
    }

    private List<AnswerSpec.Column> columns(List<AnswerSpec.Column> columns) {
        return columns.stream().map(c -> (AnswerSpec.Column) filled(c)).toList();
    }

    private AnswerSpec.Choice filled(AnswerSpec.Choice choice) {
        List<AnswerSpec.Option> listed = choice.optionList() == null ? null : lists.get(choice.optionList());
        return listed == null || !(replace || choice.options().isEmpty()) ? choice : choice.withOptions(listed);
    }
}

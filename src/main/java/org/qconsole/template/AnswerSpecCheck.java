package org.qconsole.template;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.AnswerSpec.Column;
import org.qconsole.template.model.AnswerSpec.Option;

/** Checks the settings of a question's answer kind (options, bounds, rows, columns). */
final class AnswerSpecCheck {

    private final String where;
    private final Consumer<Problem> problems;

    AnswerSpecCheck(String where, Consumer<Problem> problems) {
        this.where = where;
        this.problems = problems;
    }

    void check(AnswerSpec answer) {
        if (answer instanceof AnswerSpec.SingleChoice single) {
            options(single.options(), 2);
        } else if (answer instanceof AnswerSpec.MultipleChoice multiple) {
            options(multiple.options(), 1);
            if (multiple.otherLabel() != null && multiple.otherLabel().english().isBlank()) {
                problem("has an \"Other\" option without an English label");
            }
        } else if (answer instanceof AnswerSpec.ShortText text) {
            length(text.maxLength(), 10_000);
        } else if (answer instanceof AnswerSpec.LongText text) {
            length(text.maxLength(), TemplateValidator.MAX_TEXT_LENGTH);
        } else if (answer instanceof AnswerSpec.NumberAnswer number) {
            number(number);
        } else if (answer instanceof AnswerSpec.DateAnswer date) {
            if (date.min() != null && date.max() != null && date.min().isAfter(date.max())) {
                problem("has an earliest date (" + date.min() + ") after its latest date (" + date.max() + ")");
            }
        } else if (answer instanceof AnswerSpec.Grid grid) {
            if (grid.rows().isEmpty()) {
                problem("is a grid without rows");
            }
            unique("row", grid.rows().stream().map(AnswerSpec.Row::key).toList());
            grid.rows().forEach(row -> label("row " + row.key(), row.label() == null ? "" : row.label().english()));
            columns(grid.columns());
        } else if (answer instanceof AnswerSpec.Table table) {
            table(table);
        }
    }

    private void number(AnswerSpec.NumberAnswer number) {
        if (number.min() != null && number.max() != null && number.min().compareTo(number.max()) > 0) {
            problem("has a minimum (" + number.min() + ") above its maximum (" + number.max() + ")");
        }
        if (number.integer() && (hasDecimals(number.min()) || hasDecimals(number.max()))) {
            problem("takes whole numbers but has a decimal bound");
        }
    }

    private static boolean hasDecimals(java.math.BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    private void table(AnswerSpec.Table table) {
        columns(table.columns());
        int min = table.minRows() == null ? 0 : table.minRows();
        int max = table.maxRows() == null ? TemplateValidator.MAX_TABLE_ROWS : table.maxRows();
        if (min < 0 || max < 1 || min > max || max > TemplateValidator.MAX_TABLE_ROWS) {
            problem("allows " + min + " to " + max + " rows; use 0 ≤ minimum ≤ maximum ≤ "
                    + TemplateValidator.MAX_TABLE_ROWS + " and a maximum of at least 1");
        }
    }

    private void options(List<Option> options, int minimum) {
        if (options.size() < minimum) {
            problem("needs at least " + minimum + " option" + (minimum > 1 ? "s" : "") + " but has "
                    + options.size());
        }
        unique("option", options.stream().map(Option::value).toList());
        options.forEach(o -> label("option " + o.value(), o.label() == null ? "" : o.label().english()));
    }

    private void columns(List<Column> columns) {
        if (columns.isEmpty()) {
            problem("has no columns");
        }
        unique("column", columns.stream().map(Column::key).toList());
        for (Column column : columns) {
            label("column " + column.key(), column.label() == null ? "" : column.label().english());
            if (column.type() == null) {
                problem("column " + column.key() + " has no type (checkbox, text, number or choice)");
            } else if (column.type() == AnswerSpec.ColumnType.CHOICE) {
                if (column.options().isEmpty()) {
                    problem("column " + column.key() + " is a choice without options");
                }
                unique("option of column " + column.key(), column.options().stream().map(Option::value).toList());
            }
        }
    }

    private void unique(String what, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || !TemplateValidator.KEY.matcher(key).matches()) {
                problem("has a " + what + " whose value \"" + key
                        + "\" is not valid: use 1 to 64 lower-case letters, digits, . _ or -");
            } else if (!seen.add(key)) {
                problem("has two " + what + "s with the value \"" + key + "\"");
            }
        }
    }

    private void label(String what, String english) {
        if (english.isBlank()) {
            problem("the " + what + " has no English label");
        }
    }

    private void length(Integer maxLength, int ceiling) {
        if (maxLength != null && (maxLength < 1 || maxLength > ceiling)) {
            problem("has a maximum length of " + maxLength + "; use 1 to " + ceiling);
        }
    }

    private void problem(String message) {
        problems.accept(new Problem(where, message));
    }
}

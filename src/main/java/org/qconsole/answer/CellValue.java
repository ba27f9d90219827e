package org.qconsole.answer;

import java.math.BigDecimal;

/** One exported cell: text, or a number (kept a number in XLSX). */
public sealed interface CellValue {

    CellValue EMPTY = new Text("");

    record Text(String value) implements CellValue {
        public Text {
            value = value == null ? "" : value;
        }
    }

    record Number(BigDecimal value) implements CellValue {
    }

    static CellValue text(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Text(value);
    }

    /** The cell as text: numbers in plain notation. */
    default String asText() {
        if (this instanceof Number n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        return ((Text) this).value();
    }

    /**
     * Text that a spreadsheet could take for a formula (starting with {@code = + - @}, a tab or a carriage
     * return) gets a leading apostrophe, so that it is shown, never computed (OWASP "CSV injection").
     */
    static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}

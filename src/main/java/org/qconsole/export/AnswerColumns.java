package org.qconsole.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.questionnaire.AnswerColumn;

/**
 * Lines up the answer columns of several template versions by column key (each version's columns come
 * from {@link org.qconsole.questionnaire.PublishedQuestionnaire#columns()}).
 */
final class AnswerColumns {

    private AnswerColumns() {
    }

    /**
     * The columns of several versions lined up by key: in the order of the newest version, with columns
     * only older versions have placed after the column they followed there.
     *
     * @param newestFirst the versions, newest first
     * @return the column keys in export order
     */
    static List<String> aligned(List<List<AnswerColumn>> newestFirst) {
        List<String> keys = new ArrayList<>();
        for (List<AnswerColumn> version : newestFirst) {
            String previous = null;
            for (AnswerColumn column : version) {
                if (!keys.contains(column.key())) {
                    keys.add(previous == null ? 0 : keys.indexOf(previous) + 1, column.key());
                }
                previous = column.key();
            }
        }
        return keys;
    }

    /** For callers holding columns by key. */
    static Map<String, AnswerColumn> byKey(List<AnswerColumn> columns) {
        Map<String, AnswerColumn> byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.putIfAbsent(c.key(), c));
        return byKey;
    }
}

package org.qconsole.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.model.Language;

/** A kind whose answer picks among options: conditions may ask which, compilations count them. */
interface ChoiceKind extends AnswerKind {

    @Override
    default boolean selectable() {
        return true;
    }

    @Override
    default Map<String, String> countedValues(Language language) {
        Map<String, String> values = new LinkedHashMap<>();
        options().forEach(o -> values.put(o.value(), Words.plain(o.label(), language)));
        return values;
    }
}

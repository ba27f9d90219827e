package org.qconsole.model;

import java.util.List;

/**
 * Options shared by several questions of a version ("the same list of 14 sectors"), named by {@code key};
 * a choice or a choice column names it in {@code optionList} instead of listing options.
 */
public record OptionList(String key, List<AnswerSpec.Option> options) {

    public OptionList {
        options = options == null ? List.of() : List.copyOf(options);
    }
}

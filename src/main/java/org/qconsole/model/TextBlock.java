package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Explanatory text between questions ("Please elaborate as necessary."). Rich text. With a {@code number} and
 * {@code items} it is a numbered heading that has no answer of its own, over lettered sub-questions
 * ("5. Regarding confiscation:" then "(a) ...", "(b) ..."); hiding it hides them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextBlock(String key, LocalizedText text, Condition visibleWhen,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String number,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Item> items) implements Item {

    public TextBlock {
        number = number == null ? "" : number;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public TextBlock(String key, LocalizedText text, Condition visibleWhen) {
        this(key, text, visibleWhen, "", List.of());
    }

    /** The same block with these sub-items. */
    public TextBlock withItems(List<Item> children) {
        return new TextBlock(key, text, visibleWhen, number, children);
    }
}

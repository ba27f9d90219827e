package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A numbered section ("I. General information ..."). Either it holds items, or a plugin provides
 * its content ({@code plugin} set, {@code items} empty).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Section(String key, String number, LocalizedText title, LocalizedText introduction,
        List<Footnote> footnotes, List<Item> items, PluginSection plugin) {

    public Section {
        number = number == null ? "" : number;
        introduction = introduction == null ? LocalizedText.EMPTY : introduction;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        items = items == null ? List.of() : List.copyOf(items);
    }
}

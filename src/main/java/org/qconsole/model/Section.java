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

    /**
     * The numbered title in the language, in words ("I. Legal framework"): footnote markers in the title
     * ({@code <sup>3</sup>}, see {@link MarkedTitle}) are left out.
     */
    public String heading(Language language) {
        return numbered(MarkedTitle.words(titleIn(language)));
    }

    /** The numbered title with its footnote markers, as runs of words and markers. */
    public List<MarkedTitle.Part> headingParts(Language language) {
        return MarkedTitle.parts(numbered(titleIn(language)));
    }

    /** The numbered title as XHTML for the PDF: words escaped, footnote markers as superscripts. */
    public String headingHtml(Language language) {
        return MarkedTitle.html(numbered(titleIn(language)));
    }

    private String titleIn(Language language) {
        return title == null ? "" : title.in(language);
    }

    private String numbered(String text) {
        return number.isBlank() ? text : number + ". " + text;
    }
}

package org.qconsole.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain title that may carry footnote markers written as in rich text, {@code Legal framework<sup>3</sup>}
 * (a section title pointing to the section's footnote 3). Everything else in it is text, never markup.
 */
public final class MarkedTitle {

    private static final Pattern MARKER = Pattern.compile("<sup>([^<>]{1,16})</sup>");

    /** One run of a title: words, or a footnote marker. */
    public record Part(String text, boolean marker) {
    }

    private MarkedTitle() {
    }

    /** The title's runs in order, e.g. "Legal framework" then the marker "3". */
    public static List<Part> parts(String title) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(title == null ? "" : title);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(title.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(1), true));
            at = m.end();
        }
        if (title != null && at < title.length()) {
            parts.add(new Part(title.substring(at), false));
        }
        return parts;
    }

    /** The markers the title carries. */
    public static List<String> markers(String title) {
        return parts(title).stream().filter(Part::marker).map(Part::text).toList();
    }

    /** The title in words only, for navigation, exports and dashboards: "Legal framework". */
    public static String words(String title) {
        return parts(title).stream().filter(p -> !p.marker()).map(Part::text).reduce("", String::concat).strip();
    }

    /** The title as XHTML for the PDF: its words escaped, its markers as superscripts. */
    public static String html(String title) {
        StringBuilder html = new StringBuilder();
        for (Part part : parts(title)) {
            html.append(part.marker() ? "<sup>" + RichText.escape(part.text()) + "</sup>" : RichText.escape(part.text()));
        }
        return html.toString();
    }
}

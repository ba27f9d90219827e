package org.qconsole.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The rich text of questionnaires (see docs/template-format.md, "Rich text"): the small HTML subset
 * the console keeps, and its plain-text form for labels and exports.
 */
public final class RichText {

    private static final Pattern ALLOWED_HREF = Pattern.compile("(?i)\\s*(https?|mailto):.*", Pattern.DOTALL);

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** Elements after which plain text needs a space: "<p>a</p><p>b</p>" reads "a b". */
    private static final Set<String> BREAKING_ELEMENTS = Set.of("p", "br", "ul", "ol", "li");

    /** Keeps a link only with an allowed href, and makes it open in a new tab. */
    private static final ElementPolicy LINK_POLICY = (elementName, attributes) -> {
        if (!attributes.contains("href")) {
            return null;
        }
        // Drop whatever target/rel the text had, so that sanitizing a sanitized text changes nothing.
        for (int i = attributes.size() - 2; i >= 0; i -= 2) {
            if (attributes.get(i).equals("target") || attributes.get(i).equals("rel")) {
                attributes.remove(i + 1);
                attributes.remove(i);
            }
        }
        attributes.add("target");
        attributes.add("_blank");
        return elementName;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "sup", "sub", "ul", "ol", "li")
            .allowElements(LINK_POLICY, "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(ALLOWED_HREF).onElements("a")
            // What sanitizing itself writes, so that an exported text imports again unchanged.
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .allowAttributes("rel").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /** The HTML with everything outside the subset removed; {@code ""} for {@code null}. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Every language's text sanitized; a text that sanitizes to nothing is dropped. */
    public static LocalizedText sanitize(LocalizedText text) {
        if (text == null) {
            return LocalizedText.EMPTY;
        }
        Map<Language, String> sanitized = new EnumMap<>(Language.class);
        text.values().forEach((language, html) -> sanitized.put(language, sanitize(html)));
        return new LocalizedText(sanitized);
    }

    /** What the subset does not allow in the text, e.g. {@code <script>} or {@code onclick on <a>}. */
    public static List<String> disallowedMarkup(String html) {
        List<String> removed = new java.util.ArrayList<>();
        POLICY.sanitize(html, new org.owasp.html.HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> context, String elementName) {
                context.add("<" + elementName + ">");
            }

            @Override
            public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
                context.add(String.join(", ", attributeNames) + " on <" + tagName + ">");
            }
        }, removed);
        return removed.stream().distinct().toList();
    }

    /** The text of rich text: tags removed, entities decoded, whitespace collapsed and trimmed. */
    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(sanitize(html), new TextCollector(text));
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /** HTML-escapes plain text, for putting it into rich text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /** Receives the decoded text of already sanitized HTML, with a space at block boundaries. */
    private record TextCollector(StringBuilder text) implements HtmlSanitizer.Policy {

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            separate(elementName);
        }

        @Override
        public void closeTag(String elementName) {
            separate(elementName);
        }

        @Override
        public void text(String textChunk) {
            text.append(textChunk);
        }

        private void separate(String elementName) {
            if (BREAKING_ELEMENTS.contains(elementName)) {
                text.append(' ');
            }
        }
    }
}

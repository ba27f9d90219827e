package org.qconsole.plugin.api;

import java.util.Map;

/**
 * Where a section is shown: which section, to whom, and whether it can be changed.
 *
 * @param key the section's key in its questionnaire ({@code [a-z0-9_.-]}, unique within it); set the ids
 *     of your components from it with {@link #id(String)}, so that a section type used twice on one page
 *     gives every component its own id
 * @param language the reader's language code ({@code en}, {@code fr}, {@code es}, {@code ar},
 *     {@code ru}, {@code zh}); texts missing in it fall back to English
 * @param readOnly the reader cannot change the answer (a submitted or accepted response, or one opened by
 *     the secretariat or a manager): build the input without its editing controls (add and remove
 *     buttons, say). The console also calls {@link JsonInput#setReadOnly(boolean)}.
 */
public record SectionContext(String key, String language, boolean readOnly) {

    public SectionContext {
        key = key == null || key.isBlank() ? "section" : key;
        language = language == null || language.isBlank() ? "en" : language;
    }

    /**
     * An editable section in a language, keyed {@code section} (API 1.0's only constructor, kept for
     * plugins' own tests).
     */
    public SectionContext(String language) {
        this(null, language, false);
    }

    /**
     * The id of one of the section's components: the section key, a hyphen and {@code part}, e.g.
     * {@code s2_contact-email}. In the designer a section's configuration editor and its preview are on
     * the same page: name their parts differently.
     */
    public String id(String part) {
        return key + "-" + part;
    }

    /** Picks the text in the reader's language from texts by language code, English otherwise. */
    public String pick(Map<String, String> texts) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.getOrDefault("en", "") : text;
    }

    /** The text in the reader's language. */
    public String text(Texts texts) {
        return texts.in(language);
    }

    public boolean rightToLeft() {
        return "ar".equals(language);
    }
}

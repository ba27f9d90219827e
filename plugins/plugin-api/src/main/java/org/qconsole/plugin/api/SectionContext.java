package org.qconsole.plugin.api;

/**
 * Where a section is shown.
 *
 * @param language the reader's language code ({@code en}, {@code fr}, {@code es}, {@code ar},
 *     {@code ru}, {@code zh}); texts missing in it fall back to English
 */
public record SectionContext(String language) {

    public SectionContext {
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** Picks the text in the reader's language from texts by language code, English otherwise. */
    public String pick(java.util.Map<String, String> texts) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.getOrDefault("en", "") : text;
    }

    public boolean rightToLeft() {
        return "ar".equals(language);
    }
}

package org.qconsole.plugin.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in the six official languages of the United Nations, e.g. a label of a plugin's input. A
 * language left blank falls back to English, which is required.
 */
public record Texts(String en, String fr, String es, String ar, String ru, String zh) {

    public Texts {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("A text needs its English version");
        }
    }

    /** The text in a language by code ({@code en}, {@code fr}, {@code es}, {@code ar}, {@code ru}, {@code zh}). */
    public String in(String language) {
        String text = switch (language == null ? "en" : language) {
            case "fr" -> fr;
            case "es" -> es;
            case "ar" -> ar;
            case "ru" -> ru;
            case "zh" -> zh;
            default -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }

    /** By language code, as {@link SectionType#displayNames()} returns them. */
    public Map<String, String> byLanguage() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : new String[] {"en", "fr", "es", "ar", "ru", "zh"}) {
            texts.put(language, in(language));
        }
        return texts;
    }
}

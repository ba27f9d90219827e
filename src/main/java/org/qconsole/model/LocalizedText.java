package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text the respondent sees, in up to six languages. English is the reference; rendering falls back
 * to it when the user's language is missing. In JSON: {@code {"en": "...", "fr": "..."}}.
 */
public record LocalizedText(Map<Language, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text);
                }
            });
        }
        values = Map.copyOf(copy);
    }

    @JsonCreator
    public static LocalizedText fromJson(Map<Language, String> values) {
        return new LocalizedText(values);
    }

    public static LocalizedText en(String english) {
        return new LocalizedText(english == null ? Map.of() : Map.of(Language.EN, english));
    }

    @JsonValue
    public Map<String, String> toJson() {
        Map<String, String> json = new java.util.LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (values.containsKey(language)) {
                json.put(language.code(), values.get(language));
            }
        }
        return json;
    }

    public String english() {
        return values.getOrDefault(Language.EN, "");
    }

    /** The text in the given language, or English. */
    public String in(Language language) {
        return values.getOrDefault(language, english());
    }

    public boolean has(Language language) {
        return values.containsKey(language);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public LocalizedText with(Language language, String text) {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(values);
        if (text == null || text.isBlank()) {
            copy.remove(language);
        } else {
            copy.put(language, text);
        }
        return new LocalizedText(copy);
    }
}

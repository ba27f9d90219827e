package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations; English is always required. */
public enum Language {
    EN("en", "English", false),
    FR("fr", "Français", false),
    ES("es", "Español", false),
    AR("ar", "العربية", true),
    RU("ru", "Русский", false),
    ZH("zh", "中文", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    @JsonCreator
    public static Language fromCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown language \"" + code
                + "\"; expected one of en, fr, es, ar, ru, zh"));
    }

    public static Optional<Language> find(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The five languages a questionnaire is translated into, from English, in the order of the languages. */
    public static List<Language> translations() {
        return Arrays.stream(values()).filter(language -> language != EN).toList();
    }

    /** The user's language if the console has it, English otherwise. */
    public static Language of(Locale locale) {
        return locale == null ? EN : find(locale.getLanguage()).orElse(EN);
    }
}

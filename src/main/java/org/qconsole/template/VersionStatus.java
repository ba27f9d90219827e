package org.qconsole.template;

import java.util.Locale;
import org.qconsole.common.Messages;
import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/** Where a version is in its life: drafts change, published versions are assignable and immutable. */
public enum VersionStatus implements Worded {
    DRAFT("Draft"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its label in the console's messages (the label above is the English one, for files). */
    public String messageKey() {
        return "template.status." + name();
    }

    /** Its label in lower case, as it reads inside a sentence ("is submitted", "est soumis"). */
    @Override
    public String in(Language language) {
        return Messages.text(language, messageKey()).toLowerCase(Locale.forLanguageTag(language.code()));
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static VersionStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}

package org.qconsole.common;

import java.util.Locale;
import org.qconsole.model.Language;

/** A status with its label in the messages; inside a text it reads in lower case ("is submitted", "est soumis"). */
public interface Status extends Worded {

    /** The key of its label in the console's messages. */
    String messageKey();

    @Override
    default String in(Language language) {
        return Messages.text(language, messageKey()).toLowerCase(Locale.forLanguageTag(language.code()));
    }
}

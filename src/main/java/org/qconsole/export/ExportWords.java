package org.qconsole.export;

import java.util.Locale;
import org.qconsole.assignment.Assignment;
import org.qconsole.common.Messages;
import org.qconsole.common.Worded;
import org.qconsole.country.MemberState;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The words of an export in the language of the user who made it: sheet names, headings, statuses, State and regional group names.
 * Question keys and ISO codes stay as they are, the stable identifiers that line exports up; question texts are
 * the questionnaire's in that language, else its English.
 */
record ExportWords(Language language) {

    String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }

    String state(Assignment assignment) {
        return assignment.country().name(Locale.forLanguageTag(language.code()));
    }

    /** The State's regional group in the export's language; empty for a State in none, as always. */
    String group(MemberState country) {
        return country.regionalGroup().map(group -> group.in(language)).orElse("");
    }

    String status(Assignment assignment) {
        return text(assignment.status().messageKey());
    }

    String of(Worded worded) {
        return worded.in(language);
    }

    String of(LocalizedText content) {
        return content == null ? "" : content.in(language);
    }
}

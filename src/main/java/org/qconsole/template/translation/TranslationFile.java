package org.qconsole.template.translation;

import java.util.List;
import org.qconsole.common.Worded;

/**
 * A translated file as it came back from a translator, whatever its format (XLIFF or a workbook): which
 * version it was exported from, into which language, and each text's English and translation.
 */
public record TranslationFile(Header header, List<Unit> units) {

    public TranslationFile {
        units = List.copyOf(units);
    }

    /** Which version a file is for, and into which language (a code as written in the file). */
    public record Header(String templateCode, long versionId, String versionLabel, String targetLanguage) {
    }

    /**
     * One text as it came back: the English it was made from, and the translation (empty when none).
     *
     * @param place where the translator finds it in the file, e.g. {@code Unit q1} or {@code Row 12 (q1)}, worded in
     *     the language of the page that lists it
     * @param inlineCodes whether the translation holds XLIFF inline codes, which the console does not take
     */
    public record Unit(String id, Worded place, String source, String target, boolean inlineCodes) {
    }
}

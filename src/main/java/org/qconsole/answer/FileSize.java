package org.qconsole.answer;

import org.qconsole.common.Messages;
import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/**
 * A file's size or a limit as the respondent reads it, in their language: "512 bytes", "34 KB", "1.2 MB",
 * "20 Mo". An argument of a text, it is worded in the language of the text around it.
 */
public record FileSize(long bytes) implements Worded {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    @Override
    public String in(Language language) {
        if (bytes < KB) {
            return Messages.text(language, "answer.size.bytes", bytes);
        }
        if (bytes < MB) {
            return Messages.text(language, "answer.size.kb", (bytes + KB / 2) / KB);
        }
        return Messages.text(language, "answer.size.mb", bytes / (double) MB);
    }
}

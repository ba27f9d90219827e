package org.qconsole.template.translation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.common.Phrase;

/**
 * Whether a translation keeps to the markup of its English text. The English was sanitized when it was saved,
 * so its tags are allowed ones; a translation may use those tags (a translator moves them around the translated
 * words) and no others, and never a script. What passes is sanitized once more when the draft is saved.
 */
public final class TranslatedMarkup {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern SCRIPT = Pattern.compile("(?i)(\\bon[a-z]+\\s*=|javascript:|<\\s*script)");

    private TranslatedMarkup() {
    }

    /** What is wrong with the translation's markup, if anything. */
    public static Optional<Phrase> problem(String english, String translation) {
        if (SCRIPT.matcher(translation).find()) {
            return Optional.of(new Phrase("template.translation.problem.script"));
        }
        Set<String> extra = tags(translation);
        extra.removeAll(tags(english));
        if (!extra.isEmpty()) {
            return Optional.of(new Phrase("template.translation.problem.markup",
                    String.join(", ", extra.stream().map(tag -> "<" + tag + ">").toList())));
        }
        return Optional.empty();
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new TreeSet<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(tag.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }
}

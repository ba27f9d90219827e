package org.qconsole.answer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.qconsole.common.Messages;
import org.qconsole.model.FormatType;
import org.qconsole.model.TextFormat;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * The formats of a short text (docs/template-format.md, "Formats"): e-mail and web addresses and phone numbers
 * are read by rules written here, a designer's pattern by {@link BoundedPattern}. The designer's message, in the
 * respondent's language (English when not translated), replaces the default words of each format.
 */
final class TextFormats {

    static final String EMAIL_MESSAGE = Messages.text(Language.EN, "answer.check.email");
    static final String URL_MESSAGE = Messages.text(Language.EN, "answer.check.webAddress");
    static final String PHONE_MESSAGE = Messages.text(Language.EN, "answer.check.phone");
    static final String TOO_COSTLY_MESSAGE = Messages.text(Language.EN, "answer.check.tooCostly");
    /** The longest e-mail address SMTP carries (RFC 5321: 254 characters in a path, 64 before the @). */
    private static final int EMAIL_MAX = 254;
    private static final int EMAIL_LOCAL_MAX = 64;
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final int PHONE_MIN_DIGITS = 6;
    /** E.164, the international numbering plan, allows at most 15 digits (country code included). */
    private static final int PHONE_MAX_DIGITS = 15;

    private TextFormats() {
    }

    /** What is wrong with a text of this format, in the respondent's language; empty when it fits. */
    static Optional<String> problem(TextFormat format, String text, Language language) {
        if (format.type() == FormatType.PATTERN) {
            Optional<BoundedPattern> pattern = BoundedPattern.usable(format.pattern());
            if (pattern.isEmpty()) {
                return Optional.empty(); // a draft's pattern that cannot work checks nothing; publishing refuses it
            }
            BoundedPattern.Outcome outcome = pattern.get().matches(text);
            if (outcome == BoundedPattern.Outcome.TOO_COSTLY) {
                return Optional.of(Messages.text(language, "answer.check.tooCostly"));
            }
            return outcome == BoundedPattern.Outcome.MATCHES ? Optional.empty()
                    : Optional.of(problemMessage(format, language));
        }
        boolean fits = switch (format.type()) {
            case EMAIL -> isEmail(text);
            case URL -> isWebAddress(text);
            case PHONE -> isPhone(text);
            case PATTERN -> false; // above
        };
        return fits ? Optional.empty() : Optional.of(problemMessage(format, language));
    }

    /** What the respondent reads: the designer's message in the language (or English), or the format's words in it. */
    private static String problemMessage(TextFormat format, Language language) {
        if (format.message() != null && !format.message().english().isBlank()) {
            return format.message().in(language);
        }
        return switch (format.type()) {
            case EMAIL -> Messages.text(language, "answer.check.email");
            case URL -> Messages.text(language, "answer.check.webAddress");
            case PHONE -> Messages.text(language, "answer.check.phone");
            case PATTERN -> Messages.text(language, "answer.check.patternDefault");
        };
    }

    /** The printed form's note: the designer's message in the language (or English), or the format's English words. */
    static String message(TextFormat format, Language language) {
        if (format.message() != null && !format.message().english().isBlank()) {
            return format.message().in(language);
        }
        return switch (format.type()) {
            case EMAIL -> EMAIL_MESSAGE;
            case URL -> URL_MESSAGE;
            case PHONE -> PHONE_MESSAGE;
            case PATTERN -> Messages.text(Language.EN, "answer.check.patternDefault");
        };
    }

    /** The format in words, for the version comparison: "format: e-mail address", "format: pattern ^[A-Z]{3}$". */
    static Worded words(TextFormat format) {
        Worded kind = switch (format.type()) {
            case EMAIL -> new Phrase("answer.checkWords.email");
            case URL -> new Phrase("answer.checkWords.url");
            case PHONE -> new Phrase("answer.checkWords.phone");
            case PATTERN -> new Phrase("answer.checkWords.pattern", format.pattern());
        };
        LocalizedText message = format.message();
        return message == null || message.isEmpty() ? new Phrase("answer.checkWords.format", kind)
                : language -> Messages.text(language, "answer.checkWords.formatSaying", kind, message.in(language));
    }

    static void checkSettings(TextFormat format, Consumer<Worded> problems) {
        if (format.type() == null) {
            problems.accept(new Phrase("answer.settings.format.noType"));
            return;
        }
        if (format.message() != null && !format.message().isEmpty() && format.message().english().isBlank()) {
            problems.accept(new Phrase("answer.settings.format.message"));
        }
        if (format.type() != FormatType.PATTERN) {
            if (format.pattern() != null) {
                problems.accept(new Phrase("answer.settings.format.patternNotPattern"));
            }
            return;
        }
        if (format.message() == null || format.message().english().isBlank()) {
            problems.accept(new Phrase("answer.settings.format.patternMessage"));
        }
        BoundedPattern.problem(format.pattern()).ifPresent(problem -> problems.accept(
                new Phrase("answer.settings.format.pattern", problem)));
    }

    /**
     * An e-mail address as people write one, not every form RFC 5322 allows: one @, something before it (at
     * most 64 characters), a domain with a dot after it, no spaces, at most 254 characters in all.
     */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (text.length() > EMAIL_MAX || at < 1 || at != text.lastIndexOf('@') || at > EMAIL_LOCAL_MAX
                || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        String domain = text.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    /** An absolute http or https address with a host, e.g. https://www.unodc.org/corruption. */
    static boolean isWebAddress(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A phone number written any usual way: an optional + at the start, then digits with spaces, ( ) - . or /
     * between them, 6 to 15 digits in all ("+43 1 26060-0", "(022) 917 12 34"). No extensions.
     */
    static boolean isPhone(String text) {
        if (!PHONE_CHARACTERS.matcher(text).matches() || text.indexOf('+', 1) >= 0) {
            return false;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
    }
}

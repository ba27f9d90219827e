package org.qconsole.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.qconsole.template.VersionStatus;

/**
 * A request about campaigns that cannot be carried out, with the reason in the user's words. A reason
 * given by its message key ({@link #because}) is worded in whichever language the page that shows it
 * speaks ({@link #reason}); its message, for logs and the API, is the English text.
 */
public class AssignmentException extends RuntimeException {

    private static final Object[] NONE = {};

    private final String key;
    private final transient Object[] arguments;

    /** A reason worded by the code that refuses (English only). */
    public AssignmentException(String message) {
        super(message);
        this.key = null;
        this.arguments = NONE;
    }

    private AssignmentException(String key, Object[] arguments) {
        super(Messages.text(Language.EN, key, worded(arguments, Language.EN)));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /**
     * A reason from the messages; a status among the arguments is worded in the reason's language
     * ("submitted", "soumis").
     */
    public static AssignmentException because(String key, Object... arguments) {
        return new AssignmentException(key, arguments);
    }

    /** A part of a reason worded in the reason's language too, e.g. one language's missing texts. */
    public record Phrase(String key, Object... arguments) {
    }

    /** Parts of a reason listed one after the other, with the separator of the reason's language (a key). */
    public record Listed(String separatorKey, List<?> parts) {
    }

    /** The reason in {@code language}; a reason worded by the code as it was given. */
    public String reason(Language language) {
        return key == null ? getMessage() : Messages.text(language, key, worded(arguments, language));
    }

    /** The reason in the language of a page ({@code getLocale()} of a view). */
    public String reason(Locale locale) {
        return reason(Language.of(locale));
    }

    private static Object[] worded(Object[] arguments, Language language) {
        return Arrays.stream(arguments).map(argument -> worded(argument, language)).toArray();
    }

    /** A status worded in lower case ("submitted", "soumis"), a phrase or list in the language; others as given. */
    private static Object worded(Object argument, Language language) {
        Locale locale = Locale.forLanguageTag(language.code());
        if (argument instanceof AssignmentStatus status) {
            return Messages.text(language, status.messageKey()).toLowerCase(locale);
        }
        if (argument instanceof VersionStatus status) {
            return Messages.text(language, status.messageKey()).toLowerCase(locale);
        }
        if (argument instanceof Phrase phrase) {
            return Messages.text(language, phrase.key(), worded(phrase.arguments(), language));
        }
        if (argument instanceof Listed listed) {
            return listed.parts().stream().map(part -> String.valueOf(worded(part, language)))
                    .collect(Collectors.joining(Messages.text(language, listed.separatorKey())));
        }
        return argument;
    }
}

package org.qconsole.template;

import java.util.List;
import java.util.Locale;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * A request the secretariat made that cannot be carried out, with the reason in words they can act
 * on ("Version 2 is published and cannot be changed"), and the problems found, if any. A reason given by its
 * message key ({@link #because}) is worded in the language of the page that shows it ({@link #reason}); its
 * message, for logs and the API, is the English text.
 */
public class TemplateException extends RuntimeException {

    private static final Object[] NONE = {};

    private final List<Problem> problems;
    private final String key;
    private final transient Object[] arguments;

    /** A reason worded by the code that refuses (English only). */
    public TemplateException(String message) {
        this(message, List.of());
    }

    /** A reason worded by the code that refuses (English only), with the problems found. */
    public TemplateException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
        this.key = null;
        this.arguments = NONE;
    }

    private TemplateException(List<Problem> problems, String key, Object[] arguments) {
        super(Messages.text(Language.EN, key, arguments));
        this.problems = List.copyOf(problems);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A reason from the messages; a status among the arguments is worded in the reason's language. */
    public static TemplateException because(String key, Object... arguments) {
        return new TemplateException(List.of(), key, arguments);
    }

    /** As {@link #because(String, Object...)}, with the problems found. */
    public static TemplateException because(List<Problem> problems, String key, Object... arguments) {
        return new TemplateException(problems, key, arguments);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The reason in {@code language}; a reason worded by the code as it was given. */
    public String reason(Language language) {
        return key == null ? getMessage() : Messages.text(language, key, arguments);
    }

    /** The reason in the language of a page ({@code getLocale()} of a view). */
    public String reason(Locale locale) {
        return reason(Language.of(locale));
    }
}

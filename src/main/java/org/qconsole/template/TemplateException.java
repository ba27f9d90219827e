package org.qconsole.template;

import java.util.List;
import org.qconsole.common.Phrase;
import org.qconsole.common.Refusal;

/**
 * A request the secretariat made that cannot be carried out, with the reason in words they can act
 * on ("Version 2 is published and cannot be changed"), and the problems found, if any. A reason given by its
 * message key ({@link #because}) is worded in the language of the page that shows it.
 */
public class TemplateException extends Refusal {

    private final List<Problem> problems;

    /** A reason worded by the code that refuses (English only). */
    public TemplateException(String message) {
        this(message, List.of());
    }

    /** A reason worded by the code that refuses (English only), with the problems found. */
    public TemplateException(String message, List<Problem> problems) {
        super(message, null);
        this.problems = List.copyOf(problems);
    }

    private TemplateException(List<Problem> problems, Phrase reason) {
        super(reason, null);
        this.problems = List.copyOf(problems);
    }

    /** A reason from the messages; a status among the arguments is worded in the reason's language. */
    public static TemplateException because(String key, Object... arguments) {
        return new TemplateException(List.of(), new Phrase(key, arguments));
    }

    /** As {@link #because(String, Object...)}, with the problems found. */
    public static TemplateException because(List<Problem> problems, String key, Object... arguments) {
        return new TemplateException(problems, new Phrase(key, arguments));
    }

    public List<Problem> problems() {
        return problems;
    }
}

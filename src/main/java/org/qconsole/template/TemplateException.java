package org.qconsole.template;

import java.util.List;

/**
 * A request the secretariat made that cannot be carried out, with the reason in words they can act
 * on ("Version 2 is published and cannot be changed"), and the problems found, if any.
 */
public class TemplateException extends RuntimeException {

    private final List<Problem> problems;

    public TemplateException(String message) {
        this(message, List.of());
    }

    public TemplateException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

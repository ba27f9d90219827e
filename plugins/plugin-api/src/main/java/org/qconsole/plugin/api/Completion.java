package org.qconsole.plugin.api;

/**
 * How much of a section is answered: {@code answered} of its {@code required} parts. A section with
 * nothing required is {@code (0, 0)}.
 */
public record Completion(int answered, int required) {

    public Completion {
        if (answered < 0 || required < 0 || answered > required) {
            throw new IllegalArgumentException("answered must be between 0 and required: " + answered + "/"
                    + required);
        }
    }

    public boolean complete() {
        return answered == required;
    }
}

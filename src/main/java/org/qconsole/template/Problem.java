package org.qconsole.template;

/**
 * One thing wrong with a template, said so that the secretariat can find and fix it.
 *
 * @param where the item it concerns, e.g. {@code question 1.a (q1a_ict_types)}; empty for the file as a whole
 * @param message what is wrong, e.g. {@code shows only when q9 is answered, but q9 comes later}
 */
public record Problem(String where, String message) {

    public static Problem of(String message) {
        return new Problem("", message);
    }

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}

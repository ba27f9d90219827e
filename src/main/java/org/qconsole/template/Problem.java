package org.qconsole.template;

import java.util.Objects;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/**
 * One thing wrong with a template, said so that the secretariat can find and fix it. A problem found by the console's
 * own checks is worded in the language of the page that lists it ({@link #in}); one given as text (a plugin's, a
 * parser's) stays as it was given. {@link #where()} and {@link #message()} are the English, for logs and the API.
 */
public final class Problem {

    private final Worded where;
    private final Worded message;

    private Problem(Worded where, Worded message) {
        this.where = where;
        this.message = message;
    }

    /**
     * @param where the item it concerns, e.g. {@code Question 1.a (q1a_ict_types)}; empty for the file as a whole
     * @param message what is wrong, e.g. {@code shows only when q9 is answered, but q9 comes later}
     */
    public Problem(String where, String message) {
        this(as(where), as(message));
    }

    public static Problem of(String message) {
        return new Problem("", message);
    }

    /** A problem of the file as a whole, worded by the console. */
    static Problem of(Worded message) {
        return new Problem(as(""), message);
    }

    /** A problem of the console's own checks: the place and the message ({@code template.problem.*}) as phrases. */
    static Problem worded(Worded where, String key, Object... arguments) {
        return new Problem(where, new Phrase(key, arguments));
    }

    /** A problem worded by the answer kinds' checks, at a place the console words. */
    static Problem at(Worded where, Worded message) {
        return new Problem(where, message);
    }

    /** A problem given as text, at a place the console words. */
    static Problem at(Worded where, String message) {
        return new Problem(where, as(message));
    }

    public String where() {
        return where.in(Language.EN);
    }

    public String message() {
        return message.in(Language.EN);
    }

    /** "Question 1 (q1): has no answer kind" in {@code language}. */
    public String in(Language language) {
        String place = where.in(language);
        return place.isEmpty() ? message.in(language)
                : Messages.text(language, "template.problem.at", place, message.in(language));
    }

    private static Worded as(String text) {
        String given = text == null ? "" : text;
        return language -> given;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem problem && problem.where().equals(where()) && problem.message().equals(message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(where(), message());
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}

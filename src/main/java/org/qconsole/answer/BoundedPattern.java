package org.qconsole.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.qconsole.common.Phrase;

/**
 * A designer's regular expression, matched with a bound on the work: Java's matcher backtracks, and a pattern
 * such as {@code (.*a){12}} takes exponential time on "aaaa…!" (3.5 s for 28 characters on Java 17). Every character the matcher reads goes through
 * {@link Budget}, which stops the match after {@code 100 000 + 100 × length} reads (a linear pattern reads each
 * character a few times), so no answer can keep a server thread busy for long whatever the pattern. On import and
 * publish a pattern is refused when it is longer than {@link #MAX_LENGTH}, does not compile, or runs out of budget
 * on any of a few probes (runs of one or two characters ending in one that rarely matches), which catches the
 * usual overlapping repetitions before a respondent meets them.
 */
final class BoundedPattern {

    static final int MAX_LENGTH = 300;
    private static final int BASE_BUDGET = 100_000;
    private static final int BUDGET_PER_CHARACTER = 100;
    private static final List<String> PROBE_UNITS = List.of("a", "A", "0", " ", ".", "-", "_", "@", "/", "ab", "a0",
            "a ", "a.", "a-", "0 ", "0-", "0.");
    private static final int PROBE_LENGTH = 40;

    /** A match's result: it matches, it does not, or it ran out of budget. */
    enum Outcome { MATCHES, DOES_NOT_MATCH, TOO_COSTLY }

    private final Pattern pattern;

    private BoundedPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Patterns checked already (few: those of the questionnaires in use), so a keystroke does not probe again. */
    private static final Map<String, Optional<BoundedPattern>> USABLE = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 1_000;

    private static BoundedPattern compile(String regex) {
        return new BoundedPattern(Pattern.compile(regex));
    }

    /** The pattern, when {@link #problem} finds nothing wrong with it. */
    static Optional<BoundedPattern> usable(String regex) {
        if (regex == null) {
            return Optional.empty();
        }
        if (USABLE.size() > MAX_KEPT) {
            USABLE.clear();
        }
        return USABLE.computeIfAbsent(regex, r -> problem(r).isPresent() ? Optional.empty() : Optional.of(compile(r)));
    }

    /** Whether the whole text matches, within the budget. */
    Outcome matches(String text) {
        Matcher matcher = pattern.matcher(new Budget(text, BASE_BUDGET + BUDGET_PER_CHARACTER * (long) text.length()));
        try {
            return matcher.matches() ? Outcome.MATCHES : Outcome.DOES_NOT_MATCH;
        } catch (Budget.Exhausted e) {
            return Outcome.TOO_COSTLY;
        }
    }

    /** Why the pattern cannot be a format, as a phrase after "the pattern"; empty when it can. */
    static Optional<Phrase> problem(String regex) {
        if (regex == null || regex.isEmpty()) {
            return Optional.of(new Phrase("answer.pattern.empty"));
        }
        if (regex.length() > MAX_LENGTH) {
            return Optional.of(new Phrase("answer.pattern.tooLong", String.valueOf(regex.length()),
                    String.valueOf(MAX_LENGTH)));
        }
        BoundedPattern compiled;
        try {
            compiled = compile(regex);
        } catch (PatternSyntaxException e) {
            // The JDK says what is wrong in English only; where it is, the console says in the reader's language.
            return Optional.of(e.getIndex() >= 0 ? new Phrase("answer.pattern.invalidAt", e.getDescription(),
                    String.valueOf(e.getIndex() + 1)) : new Phrase("answer.pattern.invalid", e.getDescription()));
        }
        for (String unit : PROBE_UNITS) {
            String run = unit.repeat(PROBE_LENGTH / unit.length());
            for (String end : List.of("!", "\u2603", "")) {
                if (compiled.matches(run + end) == Outcome.TOO_COSTLY) {
                    return Optional.of(new Phrase("answer.pattern.tooSlow", "(.*a){12}"));
                }
            }
        }
        return Optional.empty();
    }

    /** The text, counting the characters read; past the budget the match is stopped. */
    private static final class Budget implements CharSequence {

        /** Thrown through the matcher to stop it: carries no stack trace, it is not an error. */
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super("pattern budget exhausted", null, false, false);
            }
        }

        private final String text;
        private final int offset;
        private final int length;
        private final long[] left;

        Budget(String text, long budget) {
            this(text, 0, text.length(), new long[] {budget});
        }

        private Budget(String text, int offset, int length, long[] left) {
            this.text = text;
            this.offset = offset;
            this.length = length;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(offset + index);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budget(text, offset + start, end - start, left);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}

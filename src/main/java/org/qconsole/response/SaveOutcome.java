package org.qconsole.response;

import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/**
 * What became of a save: saved (with the new revision); refused because someone else changed the
 * answer meanwhile (with their answer, so the user can choose); or refused because the answer does
 * not fit the question (with the reason, shown beside the question; nothing is stored).
 */
public sealed interface SaveOutcome {

    record Saved(StoredAnswer answer) implements SaveOutcome {
    }

    record Conflict(StoredAnswer theirs) implements SaveOutcome {
    }

    /**
     * @param problem what is wrong, in English (for logs and tests)
     * @param words the same in the form's language
     */
    record Invalid(String problem, Worded words) implements SaveOutcome {

        /** A refusal the console words the same in every language. */
        public Invalid(String problem) {
            this(problem, language -> problem);
        }

        /** A refusal worded in each language. */
        public static Invalid of(Worded words) {
            return new Invalid(words.in(Language.EN), words);
        }

        /** Two refusals are the same when they say the same (their words are functions). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Invalid invalid && invalid.problem.equals(problem);
        }

        @Override
        public int hashCode() {
            return problem.hashCode();
        }
    }
}

package org.qconsole.questionnaire;

import java.util.Optional;

/**
 * How much of one slot is answered: {@code answered} of its {@code required} parts (a question that is
 * hidden or optional requires nothing), and what to tell the user when something required is missing.
 */
public record SlotCompletion(int answered, int required, Optional<MissingAnswer> missing) {

    static final SlotCompletion NOTHING_REQUIRED = new SlotCompletion(0, 0, Optional.empty());

    static SlotCompletion done(int answered, int required) {
        return new SlotCompletion(answered, required, Optional.empty());
    }

    static SlotCompletion missing(int answered, int required, MissingAnswer missing) {
        return new SlotCompletion(answered, required, Optional.of(missing));
    }
}

package org.qconsole.response;

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

    record Invalid(String problem) implements SaveOutcome {
    }
}

package org.qconsole.response;

/**
 * What became of a save: saved (with the new revision), or refused because someone else changed the
 * answer meanwhile (with their answer, so the user can choose).
 */
public sealed interface SaveOutcome {

    record Saved(StoredAnswer answer) implements SaveOutcome {
    }

    record Conflict(StoredAnswer theirs) implements SaveOutcome {
    }
}

package org.qconsole.response;

import java.time.Instant;
import java.util.Optional;

/**
 * A comment on a question between colleagues of the country.
 *
 * @param threadId the thread's first comment, which this one replies to; empty for a thread's first
 */
public record InternalComment(long id, String questionKey, Optional<Long> threadId, String text, String author,
        Instant writtenAt) {

    public boolean startsThread() {
        return threadId.isEmpty();
    }
}

package org.qconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

/** A message a user reads: in words, without the names of Java types or parser tokens. */
final class ClearMessage {

    private ClearMessage() {
    }

    static void assertClear(String message) {
        assertThat(message).as("a message in words").isNotBlank()
                .doesNotContain("org.qconsole", "java.", "Exception", "JsonToken", "jooq", "SQL", "null");
    }
}

package org.qconsole.template;

import java.time.Instant;

/** Who created, changed, published or retired what, and when. */
public record AuditEntry(Instant at, String actor, String action, Integer versionNumber, String detail) {
}

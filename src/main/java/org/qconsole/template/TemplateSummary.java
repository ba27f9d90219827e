package org.qconsole.template;

import java.time.Instant;
import java.util.List;

/** A template in the secretariat's list, with its versions (newest first). */
public record TemplateSummary(long templateId, String code, String title, List<VersionSummary> versions) {

    public record VersionSummary(long id, int number, VersionStatus status, String title, Instant updatedAt,
            String updatedBy) {
    }
}

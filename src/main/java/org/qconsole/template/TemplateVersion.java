package org.qconsole.template;

import java.time.Instant;
import java.util.Optional;
import org.qconsole.model.TemplateDefinition;

/**
 * One version of a template with its content and history.
 *
 * @param revision increases with every saved draft edit; a save names the revision it edited, so
 *     that two editors never silently overwrite each other
 */
public record TemplateVersion(long id, long templateId, String code, int number, VersionStatus status,
        TemplateDefinition definition, int revision, Optional<Long> basedOnVersionId, Stamp created, Stamp updated,
        Optional<Stamp> published, Optional<Stamp> retired) {

    /** Who did something, and when. */
    public record Stamp(String by, Instant at) {
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /** "ICT-2023 v2". */
    public String label() {
        return label(code, number);
    }

    /** How a version is named wherever it is shown: its template's code and its number, "ICT-2023 v2". */
    public static String label(String templateCode, int number) {
        return templateCode + " v" + number;
    }
}

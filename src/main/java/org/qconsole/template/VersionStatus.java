package org.qconsole.template;

import org.qconsole.common.Status;

/** Where a version is in its life: drafts change, published versions are assignable and immutable. */
public enum VersionStatus implements Status {
    DRAFT("Draft"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its label in the console's messages (the label above is the English one, for files). */
    @Override
    public String messageKey() {
        return "template.status." + name();
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static VersionStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}

package org.qconsole.template;

/** Where a version is in its life: drafts change, published versions are assignable and immutable. */
public enum VersionStatus {
    DRAFT("Draft"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static VersionStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}

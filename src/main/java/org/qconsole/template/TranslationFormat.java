package org.qconsole.template;

/** The files a version's texts go to translators in and come back in. */
public enum TranslationFormat {
    /** XLIFF 2.0, for translators' tools (CAT tools). */
    XLIFF("xlf", "application/xliff+xml"),
    /** A workbook with one row per text, for translators who work in a spreadsheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    TranslationFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}

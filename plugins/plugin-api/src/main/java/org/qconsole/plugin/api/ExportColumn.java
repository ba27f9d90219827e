package org.qconsole.plugin.api;

/**
 * A column a section adds to exports.
 *
 * @param key stable within the section type (answers of different template versions align on it)
 * @param label the column header, in English
 */
public record ExportColumn(String key, String label) {
}

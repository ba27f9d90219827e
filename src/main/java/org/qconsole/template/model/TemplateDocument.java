package org.qconsole.template.model;

import org.qconsole.model.TemplateDefinition;

/**
 * A version of a template as exported and imported: the envelope of docs/template-format.md.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of this format, {@value #FORMAT_VERSION} today
 */
public record TemplateDocument(String format, int formatVersion, TemplateInfo template, TemplateDefinition version) {

    public static final String FORMAT = "questionnaire-console/template";
    public static final int FORMAT_VERSION = 1;

    /** The template a version belongs to: its code (e.g. {@code ICT-2023}) identifies it across installations. */
    public record TemplateInfo(String code) {
    }

    public static TemplateDocument of(String code, TemplateDefinition definition) {
        return new TemplateDocument(FORMAT, FORMAT_VERSION, new TemplateInfo(code), definition);
    }
}

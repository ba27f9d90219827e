package org.qconsole.template;

import org.qconsole.model.Language;

/**
 * The blank questionnaire of a published version as a PDF. Declared here, where it is offered, and
 * written by the export feature (which depends on templates, not the other way round).
 */
public interface QuestionnairePdf {

    byte[] blank(long versionId, Language language);
}

package org.qconsole.response;

import org.qconsole.model.Language;

/**
 * A response, or its blank questionnaire, as a PDF. Declared here, where it is offered, and written by
 * the export feature (which depends on responses, not the other way round).
 */
public interface ResponsePdf {

    /** The blank questionnaire of an assignment. */
    byte[] blankForAssignment(long assignmentId, Language language);

    /** The response as it stands, with the secretariat's comments. */
    byte[] response(long assignmentId, Language language);
}

package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import org.qconsole.assignment.Assignment;
import org.qconsole.common.ui.DownloadLink;
import org.qconsole.model.Language;
import org.qconsole.response.ResponsePdf;

/** The response's PDF and the blank questionnaire's, in the questionnaire's language. */
final class ResponseDownloads {

    private ResponseDownloads() {
    }

    /** @param language captured now: the file is written outside the UI thread, where the session cannot be read */
    static Component pdfs(ResponsePdf pdfs, Assignment assignment, Language language) {
        long id = assignment.id();
        Span links = new Span(
                DownloadLink.of(I18NProvider.translate("response.pdf"), "response-pdf",
                        "response-" + assignment.country().alpha3() + ".pdf", "application/pdf",
                        () -> pdfs.response(id, language)),
                DownloadLink.of(I18NProvider.translate("response.blankPdf"), "response-blank-pdf", "questionnaire.pdf",
                        "application/pdf", () -> pdfs.blankForAssignment(id, language)));
        links.addClassName("qc-response-downloads");
        return links;
    }
}

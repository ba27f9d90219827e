package org.qconsole.response.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.InputStream;
import java.io.OutputStream;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.FileSize;
import org.qconsole.answer.ui.DocumentFiles;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.response.DocumentLimits;
import org.qconsole.response.DocumentService;

/** The files of one response's documents questions, through its document service. */
record ResponseDocuments(DocumentService documents, long assignmentId) implements DocumentFiles {

    /** Lets a response's form store and read the files of its documents questions. */
    static void provide(QuestionnaireForm form, DocumentService documents, long assignmentId) {
        DocumentFiles.provide(form, new ResponseDocuments(documents, assignmentId));
    }

    @Override
    public DocumentFile upload(String questionKey, String fileName, InputStream content) {
        return documents.upload(assignmentId, questionKey, fileName, content);
    }

    @Override
    public void copyTo(DocumentFile file, OutputStream out) {
        documents.copyTo(file.id(), out);
    }

    @Override
    public long maxFileBytes() {
        return documents.limits().maxFileSize().toBytes();
    }

    @Override
    public String limitsInWords() {
        DocumentLimits limits = documents.limits();
        return I18NProvider.translate("documents.limits", new FileSize(limits.maxFileSize().toBytes()),
                new FileSize(limits.maxResponseSize().toBytes()));
    }
}

package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import java.io.InputStream;
import java.io.OutputStream;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.DocumentRefused;
import org.qconsole.model.Language;

/**
 * Where the files of a form's documents questions are stored and read: the response's document service in
 * the fill-in ({@link #provide}); nowhere in a preview.
 */
public interface DocumentFiles {

    /** Gives a form its store of files (before it is attached; a form without one stores nothing). */
    static void provide(QuestionnaireForm form, DocumentFiles files) {
        ComponentUtil.setData(form, DocumentFiles.class, files);
    }

    /** The store of the form a component is on; {@link #NONE} off a form or on one without a store. */
    static DocumentFiles of(Component component) {
        QuestionnaireForm form = component.findAncestor(QuestionnaireForm.class);
        DocumentFiles files = form == null ? null : ComponentUtil.getData(form, DocumentFiles.class);
        return files == null ? none(FormWords.languageOf(component)) : files;
    }

    /** Before a field is on a form: no store. */
    DocumentFiles NONE = none(Language.EN);

    /** A form that is not a response's (the designer's preview): files cannot be attached; why, in its language. */
    static DocumentFiles none(Language language) {
        return new DocumentFiles() {
            @Override
            public DocumentFile upload(String questionKey, String fileName, InputStream content) {
                throw new DocumentRefused(FormWords.of(language, "answer.documents.preview"));
            }

            @Override
            public void copyTo(DocumentFile file, OutputStream out) {
                throw new DocumentRefused(FormWords.of(language, "answer.documents.noFile"));
            }

            @Override
            public long maxFileBytes() {
                return 0;
            }

            @Override
            public String limitsInWords() {
                return "";
            }
        };
    }

    /**
     * Stores a file for a question, read to the end of {@code content}.
     *
     * @throws DocumentRefused with the reason, when nothing was stored
     */
    DocumentFile upload(String questionKey, String fileName, InputStream content);

    /** Writes a stored file's content. */
    void copyTo(DocumentFile file, OutputStream out);

    /** The largest file taken, for the upload's own check before sending. */
    long maxFileBytes();

    /** The limits in words, shown beside the upload ("Up to 20 MB a file, 200 MB for the response."). */
    String limitsInWords();
}

package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.FileSize;
import org.qconsole.answer.DocumentRefused;
import org.qconsole.answer.DocumentsKind;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * A documents question: an upload (streamed to the form's {@link DocumentFiles} as it arrives, see
 * {@link #receive}) and the files the answer lists, each with a download link (bound to this page and session,
 * so it expires with them), its description and "Remove". Ids: {@code <id>} on the upload,
 * {@code <id>-files} on the list, {@code <id>-file-<n>}, {@code <id>-download-<n>}, {@code <id>-description-<n>},
 * {@code <id>-remove-<n>} per file (from 1), {@code <id>-problem} for a refused file.
 */
final class DocumentsField implements AnswerField {

    private final String id;
    private final String questionKey;
    private final DocumentsKind kind;
    private final Runnable onChange;
    /** The questionnaire's language, which the field's own words follow. */
    private final Language language;
    private final Div box = new Div();
    private final Upload upload;
    private final Span limits = new Span();
    private final Span problem = new Span();
    private final Div list = new Div();
    private final List<DocumentFile> files = new ArrayList<>();
    private transient DocumentFiles store = DocumentFiles.NONE;
    private volatile int listed;
    private boolean readOnly;

    DocumentsField(String id, AnswerSpec.Documents spec, Language language, Runnable onChange) {
        this.id = id;
        this.language = language;
        this.questionKey = id.startsWith(ShownSections.INPUT_PREFIX) ? id.substring(ShownSections.INPUT_PREFIX.length())
                : id;
        this.kind = new DocumentsKind(spec);
        this.onChange = onChange;
        UploadHandler handler = event -> receive(event.getFileName(), event.getInputStream(), event.getUI());
        upload = new Upload(handler);
        upload.setId(id);
        upload.setDropLabel(new Span(FormWords.of(language, "answer.documents.drop")));
        problem.setId(id + "-problem");
        problem.addClassName("answer-error");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        limits.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        list.setId(id + "-files");
        box.add(list, upload, limits, problem);
        box.setWidthFull();
        box.addAttachListener(this::attached);
    }

    /** The store of the form the field is on (a preview's stores nothing). */
    private void attached(AttachEvent event) {
        store = DocumentFiles.of(box);
        long max = store.maxFileBytes();
        if (max > 0) {
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        }
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(FormWords.of(language, "answer.documents.tooBig", new FileSize(max)))
                .setIncorrectFileType(FormWords.of(language, "answer.documents.wrongType"))));
        limits.setText(FormWords.of(language, "answer.documents.atMost", kind.fileLimit()) + " "
                + store.limitsInWords());
    }

    /**
     * Stores one file as the upload request streams it in (the request's thread, not the page's), then shows
     * it in the list, which the form then saves as the answer; a refused file shows why.
     */
    void receive(String fileName, InputStream content, UI ui) {
        String refusal;
        DocumentFile stored = null;
        if (listed >= kind.fileLimit()) {
            refusal = FormWords.of(language, "answer.documents.full", kind.fileLimit());
        } else {
            try {
                stored = store.upload(questionKey, fileName, content);
                refusal = null;
            } catch (DocumentRefused e) {
                refusal = e.reason(language);
            }
        }
        DocumentFile file = stored;
        String why = refusal;
        ui.access(() -> {
            upload.clearFileList();
            problem.setText(why == null ? "" : why);
            if (file != null) {
                files.add(file);
                render();
                onChange.run();
            }
        });
    }

    private void render() {
        list.removeAll();
        listed = files.size();
        for (int i = 0; i < files.size(); i++) {
            list.add(row(files.get(i), i + 1));
        }
    }

    private Component row(DocumentFile file, int number) {
        DownloadHandler content = event -> {
            event.setFileName(file.name());
            event.setContentType(file.type());
            event.setContentLength(file.size());
            store.copyTo(file, event.getOutputStream());
        };
        Anchor download = new Anchor(content, AttachmentType.DOWNLOAD, file.name());
        download.setId(id + "-download-" + number);
        Span size = new Span(new FileSize(file.size()).in(language));
        size.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout row = new HorizontalLayout(download, size);
        row.setId(id + "-file-" + number);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (kind.describesFiles()) {
            TextField description = new TextField();
            description.setId(id + "-description-" + number);
            description.setPlaceholder(FormWords.of(language, "answer.documents.description"));
            description.setAriaLabel(FormWords.of(language, "answer.documents.descriptionOf", file.name()));
            description.setMaxLength(DocumentFile.MAX_DESCRIPTION_LENGTH);
            description.setValueChangeMode(ValueChangeMode.LAZY);
            description.setValue(file.description());
            description.setReadOnly(readOnly);
            description.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    files.replaceAll(f -> f.id().equals(file.id()) ? f.describedAs(e.getValue()) : f);
                    onChange.run();
                }
            });
            row.add(description);
        }
        Button remove = new Button(FormWords.of(language, "form.remove"), e -> {
            files.removeIf(f -> f.id().equals(file.id()));
            render();
            onChange.run();
        });
        remove.setId(id + "-remove-" + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(FormWords.of(language, "answer.documents.removeFile", file.name()));
        remove.setVisible(!readOnly);
        row.add(remove);
        return row;
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        return files.isEmpty() ? null : DocumentFile.toJson(files);
    }

    @Override
    public void setValue(JsonNode value) {
        files.clear();
        files.addAll(DocumentFile.read(value).orElse(List.of()));
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        upload.setVisible(!readOnly);
        limits.setVisible(!readOnly);
        render();
    }
}

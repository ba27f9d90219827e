package org.qconsole.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.common.ui.DownloadLink;
import org.qconsole.model.Language;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationFormat;
import org.qconsole.template.TranslationService;
import org.qconsole.template.TranslationStatus;
import org.qconsole.template.translation.TextUnits;

/**
 * A version's texts in each language: how many are translated and which are missing; for a draft, its texts
 * exported as XLIFF 2.0 for translators and a translated file imported back (checked and previewed by
 * {@link TranslationPreviewDialog} before anything changes), as XLIFF 2.0 or as a workbook.
 */
final class TranslationsTab extends VerticalLayout {

    /** Translated files are small: 51 units of the ICT questionnaire make 30 KB. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final transient TranslationService translations;
    private final transient TemplateVersion version;
    private final transient Consumer<TemplateException> failed;
    private final transient Runnable applied;
    private final Grid<TextUnits.Unit> missing = new Grid<>();
    private final H3 missingHeading = new H3();
    private final OutdatedTexts outdated = new OutdatedTexts();

    TranslationsTab(TranslationService translations, TemplateVersion version, Consumer<TemplateException> failed,
            Runnable applied) {
        this.translations = translations;
        this.version = version;
        this.failed = failed;
        this.applied = applied;
        setId("translations");
        setPadding(false);
        add(new Paragraph(getTranslation("template.translations.source")));
        if (version.isDraft()) {
            add(roundTrip());
        } else {
            add(new Paragraph(getTranslation("template.translations.frozen",
                    getTranslation(version.status().messageKey()).toLowerCase(getLocale()))));
        }
        add(completeness(), missingHeading, missing, outdated);
        missing.setId("translation-missing");
        missing.addColumn(TextUnits.Unit::note).setHeader(getTranslation("template.translations.where")).setFlexGrow(2);
        missing.addColumn(TextUnits.Unit::english).setHeader(getTranslation("template.translations.englishColumn"))
                .setFlexGrow(3);
        missing.setAllRowsVisible(true);
        missing.setVisible(false);
    }

    private Component roundTrip() {
        Select<Language> language = new Select<>();
        language.setId("translation-language");
        language.setLabel(getTranslation("template.translations.into"));
        language.setItems(Language.translations());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.FR);
        HorizontalLayout exports = exports(Language.FR);
        HorizontalLayout exchange = new HorizontalLayout(language, exports, upload());
        exchange.setAlignItems(FlexComponent.Alignment.BASELINE);
        exchange.setId("translation-exchange");
        language.addValueChangeListener(e -> exchange.replace(exchange.getComponentAt(1), exports(e.getValue())));
        return new VerticalLayout(new H3(getTranslation("template.translations.roundTrip")),
                new Paragraph(getTranslation("template.translations.roundTrip.text")), exchange);
    }

    private HorizontalLayout exports(Language language) {
        return new HorizontalLayout(
                export(language, TranslationFormat.XLIFF, getTranslation("template.translations.exportXliff"),
                        "translation-export"),
                export(language, TranslationFormat.XLSX, getTranslation("template.translations.exportXlsx"),
                        "translation-export-xlsx"));
    }

    private Anchor export(Language language, TranslationFormat format, String label, String id) {
        return DownloadLink.of(label, id, translations.fileName(version.id(), language, format), format.mediaType(),
                () -> translations.export(version.id(), language, format));
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        // One file at a time, and the list emptied after each, so that a corrected file can follow a refused one.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            upload.clearFileList();
            preview(bytes);
        })));
        upload.setId("translation-import");
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml", ".xlsx");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("template.translations.tooBig", MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("template.translations.wrongType"))));
        upload.setDropLabel(new Span(getTranslation("template.translations.drop")));
        upload.addFileRejectedListener(e -> failed.accept(new TemplateException(
                getTranslation("template.file.notImported"),
                List.of(Problem.of(e.getErrorMessage())))));
        return upload;
    }

    private void preview(byte[] file) {
        try {
            new TranslationPreviewDialog(translations.preview(version.id(), file), preview -> {
                try {
                    translations.apply(preview);
                    applied.run();
                } catch (TemplateException e) {
                    failed.accept(e);
                }
            }).open();
        } catch (TemplateException e) {
            failed.accept(e);
        }
    }

    private Component completeness() {
        Grid<TranslationStatus> grid = new Grid<>();
        grid.setId("translation-completeness");
        grid.addColumn(s -> s.language().nativeName()).setHeader(getTranslation("template.language"));
        grid.addColumn(TranslationStatus::translated).setHeader(getTranslation("template.translations.translated"));
        grid.addColumn(TranslationStatus::missing).setHeader(getTranslation("template.translations.missing"));
        grid.addColumn(TranslationStatus::outdated).setHeader(getTranslation("template.translations.outdated"))
                .setKey("outdated");
        grid.addColumn(s -> getTranslation(!s.complete() ? "template.translations.incomplete"
                : s.outdated() > 0 ? "template.translations.toReview" : "template.translations.complete"))
                .setHeader(getTranslation("template.translations.state")).setKey("state");
        grid.setItems(translations.completeness(version.id()));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showMissing));
        return new VerticalLayout(new H3(getTranslation("template.translations.completeness")),
                new Span(getTranslation("template.translations.selectLanguage")), grid);
    }

    private void showMissing(TranslationStatus status) {
        List<TextUnits.Unit> texts = translations.missing(version.id(), status.language());
        missingHeading.setText(getTranslation(texts.isEmpty() ? "template.translations.allThere"
                : "template.translations.without", status.language().nativeName()));
        missing.setItems(texts);
        missing.setVisible(!texts.isEmpty());
        outdated.show(status.language(), translations.outdated(version.id(), status.language()));
    }
}

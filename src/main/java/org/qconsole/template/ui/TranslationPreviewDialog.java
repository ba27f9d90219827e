package org.qconsole.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.template.TranslationPreview;

/** What a translated file changes in the draft, before the secretariat applies it (in one save) or not. */
final class TranslationPreviewDialog extends Dialog {

    TranslationPreviewDialog(TranslationPreview preview, Consumer<TranslationPreview> apply) {
        String language = preview.language().nativeName();
        setHeaderTitle(getTranslation("template.import.heading", language));
        setId("translation-preview");
        setWidth("min(70rem, 95vw)");
        Paragraph summary = new Paragraph(getTranslation("template.import.summary", preview.changes().size(),
                preview.unchanged(), preview.untranslated(), preview.outdated().size(), preview.notInFile()));
        summary.setId("translation-preview-summary");
        add(summary);
        if (!preview.changes().isEmpty()) {
            add(changes(preview.changes(), "translation-changes", getTranslation("template.import.now"),
                    getTranslation("template.import.fromFile")));
        }
        if (!preview.outdated().isEmpty()) {
            add(new H3(getTranslation("template.import.outdated")), changes(preview.outdated(), "translation-outdated",
                    getTranslation("template.import.now"), getTranslation("template.import.fromOldFile")));
        }
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("translation-cancel");
        int count = preview.changes().size();
        Button applyButton = new Button(getTranslation("template.import.apply", count), e -> {
            close();
            apply.accept(preview);
        });
        applyButton.setId("translation-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setEnabled(count > 0);
        getFooter().add(cancel, applyButton);
    }

    private Grid<TranslationPreview.Change> changes(List<TranslationPreview.Change> changes, String id,
            String before, String after) {
        Grid<TranslationPreview.Change> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(TranslationPreview.Change::note).setHeader(getTranslation("template.translations.where"))
                .setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::english)
                .setHeader(getTranslation("template.translations.englishColumn")).setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::before).setHeader(before).setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::after).setHeader(after).setFlexGrow(2);
        grid.setItems(changes);
        grid.setHeight("20rem");
        return grid;
    }
}

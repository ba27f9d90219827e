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
        setHeaderTitle("Import the " + language + " translation?");
        setId("translation-preview");
        setWidth("min(70rem, 95vw)");
        Paragraph summary = new Paragraph(summary(preview));
        summary.setId("translation-preview-summary");
        add(summary);
        if (!preview.changes().isEmpty()) {
            add(changes(preview.changes(), "translation-changes", "Now", "From the file"));
        }
        if (!preview.outdated().isEmpty()) {
            add(new H3("Outdated: the English changed since the export, so these are not applied"),
                    changes(preview.outdated(), "translation-outdated", "Now", "From the file (of the old English)"));
        }
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("translation-cancel");
        int count = preview.changes().size();
        Button applyButton = new Button("Apply " + count + (count == 1 ? " translation" : " translations"), e -> {
            close();
            apply.accept(preview);
        });
        applyButton.setId("translation-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setEnabled(count > 0);
        getFooter().add(cancel, applyButton);
    }

    private static String summary(TranslationPreview p) {
        return p.changes().size() + " texts get this translation; " + p.unchanged() + " already have it; "
                + p.untranslated() + " are not translated in the file; " + p.outdated().size() + " are outdated; "
                + p.notInFile() + " texts of the draft are not in the file (added since the export).";
    }

    private static Grid<TranslationPreview.Change> changes(List<TranslationPreview.Change> changes, String id,
            String before, String after) {
        Grid<TranslationPreview.Change> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(TranslationPreview.Change::note).setHeader("Where").setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::english).setHeader("English").setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::before).setHeader(before).setFlexGrow(2);
        grid.addColumn(TranslationPreview.Change::after).setHeader(after).setFlexGrow(2);
        grid.setItems(changes);
        grid.setHeight("20rem");
        return grid;
    }
}

package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.qconsole.answer.DocumentsKind;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;

/**
 * The settings of a documents question: the most files ({@code answer-max-files}) and whether each file has
 * a description ({@code answer-descriptions}).
 */
final class DocumentsSettings {

    private DocumentsSettings() {
    }

    static Component editor(AnswerSpec.Documents spec, Consumer<AnswerSpec> onEdit) {
        IntegerField maxFiles = new IntegerField(DesignerWords.translate("answer.documents.maxFiles"));
        maxFiles.setId("answer-max-files");
        maxFiles.setManualValidation(true);
        maxFiles.setPlaceholder(String.valueOf(DocumentsKind.DEFAULT_MAX_FILES));
        maxFiles.setHelperText(DesignerWords.translate("answer.limit.help", DocumentsKind.DEFAULT_MAX_FILES,
                Settings.MAX_FILES));
        maxFiles.setValue(spec.maxFiles());
        Checkbox descriptions = new Checkbox(DesignerWords.translate("answer.documents.descriptions"),
                new DocumentsKind(spec).describesFiles());
        descriptions.setId("answer-descriptions");
        Runnable edited = () -> {
            Integer max = maxFiles.getValue();
            if (max != null && (max < 1 || max > Settings.MAX_FILES)) {
                SettingsFields.error(maxFiles, DesignerWords.translate("answer.limit.error", Settings.MAX_FILES,
                        DocumentsKind.DEFAULT_MAX_FILES));
                return;
            }
            SettingsFields.error(maxFiles, null);
            onEdit.accept(new AnswerSpec.Documents(max, descriptions.getValue() ? null : false));
        };
        SettingsFields.onUserEdit(maxFiles, v -> edited.run());
        SettingsFields.onUserEdit(descriptions, v -> edited.run());
        HorizontalLayout layout = new HorizontalLayout(maxFiles, descriptions);
        layout.setPadding(false);
        layout.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        return layout;
    }
}

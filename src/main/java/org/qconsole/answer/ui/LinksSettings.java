package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.qconsole.answer.LinksKind;
import org.qconsole.model.AnswerSpec;

/** The settings of a links question: the most links ({@code answer-max-links}). */
final class LinksSettings {

    private LinksSettings() {
    }

    static Component editor(AnswerSpec.Links spec, Consumer<AnswerSpec> onEdit) {
        IntegerField maxLinks = new IntegerField(DesignerWords.translate("answer.links.maxLinks"));
        maxLinks.setId("answer-max-links");
        maxLinks.setManualValidation(true);
        maxLinks.setPlaceholder(String.valueOf(LinksKind.DEFAULT_MAX_LINKS));
        maxLinks.setHelperText(DesignerWords.translate("answer.limit.help", LinksKind.DEFAULT_MAX_LINKS,
                LinksKind.MAX_LINKS));
        maxLinks.setValue(spec.maxLinks());
        SettingsFields.onUserEdit(maxLinks, max -> {
            if (max != null && (max < 1 || max > LinksKind.MAX_LINKS)) {
                SettingsFields.error(maxLinks, DesignerWords.translate("answer.limit.error", LinksKind.MAX_LINKS,
                        LinksKind.DEFAULT_MAX_LINKS));
                return;
            }
            SettingsFields.error(maxLinks, null);
            onEdit.accept(new AnswerSpec.Links(max));
        });
        return maxLinks;
    }
}

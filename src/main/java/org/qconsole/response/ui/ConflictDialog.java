package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.qconsole.common.ui.Dates;
import org.qconsole.response.StoredAnswer;

/** Someone else changed an answer meanwhile: shows theirs and lets the user keep it or use their own. */
final class ConflictDialog extends Dialog {

    ConflictDialog(StoredAnswer theirs, Runnable keepTheirs, Runnable useMine) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        Pre theirValue = new Pre(theirs.value().toPrettyString());
        theirValue.setId("conflict-theirs");
        add(new Paragraph(getTranslation("conflict.text", theirs.updatedBy(),
                Dates.moment(theirs.updatedAt()))), theirValue);
        Button keep = new Button(getTranslation("conflict.keepTheirs"), e -> {
            close();
            keepTheirs.run();
        });
        keep.setId("conflict-keep-theirs");
        Button mine = new Button(getTranslation("conflict.useMine"), e -> {
            close();
            useMine.run();
        });
        mine.setId("conflict-use-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keep, mine);
    }
}

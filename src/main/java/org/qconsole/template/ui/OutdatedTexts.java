package org.qconsole.template.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.qconsole.model.Language;
import org.qconsole.template.Outdated;

/**
 * The translations into one language whose English changed since they were made: where each text is, the English
 * then and now, and the translation, for someone to review them (here, or by a new round trip).
 */
final class OutdatedTexts extends VerticalLayout {

    private final H3 heading = new H3();
    private final Grid<Outdated> grid = new Grid<>();

    OutdatedTexts() {
        setId("translation-outdated-texts");
        setPadding(false);
        grid.setId("translation-outdated");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> o.unit().note()).setHeader(getTranslation("template.translations.where")).setFlexGrow(2)
                .setKey("where");
        grid.addColumn(Outdated::englishThen).setHeader(getTranslation("template.translations.englishThen"))
                .setFlexGrow(3).setKey("then");
        grid.addColumn(o -> o.unit().english()).setHeader(getTranslation("template.translations.englishNow"))
                .setFlexGrow(3).setKey("now");
        grid.addColumn(o -> o.unit().translation()).setHeader(getTranslation("template.translations.translation"))
                .setFlexGrow(3).setKey("translation");
        grid.setAllRowsVisible(true);
        add(heading, grid);
        setVisible(false);
    }

    void show(Language language, List<Outdated> texts) {
        heading.setText(getTranslation("template.translations.outdatedIn", language.nativeName()));
        grid.setItems(texts);
        setVisible(!texts.isEmpty());
    }
}

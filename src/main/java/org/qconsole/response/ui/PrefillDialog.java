package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.qconsole.response.Prefill;

/**
 * Shows, answer by answer, what the country said in an earlier response and what this one holds now;
 * the focal point ticks what to copy (by default, what is not answered yet) and confirms.
 */
final class PrefillDialog extends Dialog {

    /**
     * @param copy receives the chosen question keys with the revision each had when shown
     */
    PrefillDialog(Prefill prefill, Consumer<Map<String, Integer>> copy) {
        setId("prefill-dialog");
        setHeaderTitle("Copy answers from " + prefill.sourceLabel());
        setWidth("min(70em, 95vw)");
        Paragraph explanation = new Paragraph("These answers were given by your country to an earlier version of"
                + " this questionnaire. Questions are matched by their stable key. Tick the answers to copy; the copy"
                + " replaces what is there now and is recorded in the history.");
        Grid<Prefill.Item> grid = new Grid<>();
        grid.setId("prefill-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Prefill.Item::question).setHeader("Question").setFlexGrow(3);
        grid.addColumn(Prefill.Item::earlier).setHeader("Earlier answer").setFlexGrow(3).setKey("earlier");
        grid.addColumn(Prefill.Item::current).setHeader("Answer now").setFlexGrow(2).setKey("current");
        grid.setItems(prefill.items());
        grid.setAllRowsVisible(true);
        prefill.items().stream().filter(item -> !item.answeredNow()).forEach(grid::select);
        Button confirm = new Button("Copy the ticked answers", e -> {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            grid.getSelectedItems().forEach(item -> chosen.put(item.questionKey(), item.currentRevision()));
            close();
            copy.accept(chosen);
        });
        confirm.setId("prefill-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(explanation, grid);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}

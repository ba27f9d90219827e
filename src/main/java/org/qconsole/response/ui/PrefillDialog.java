package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.response.AnswerService;
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
        setHeaderTitle(getTranslation("prefill.title", prefill.sourceLabel()));
        setWidth("min(70em, 95vw)");
        Paragraph explanation = new Paragraph(getTranslation("prefill.text"));
        Grid<Prefill.Item> grid = new Grid<>();
        grid.setId("prefill-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Prefill.Item::question).setHeader(getTranslation("prefill.question")).setFlexGrow(3);
        grid.addColumn(Prefill.Item::earlier).setHeader(getTranslation("prefill.earlier")).setFlexGrow(3).setKey("earlier");
        grid.addColumn(Prefill.Item::current).setHeader(getTranslation("prefill.current")).setFlexGrow(2).setKey("current");
        grid.setItems(prefill.items());
        grid.setAllRowsVisible(true);
        prefill.items().stream().filter(item -> !item.answeredNow()).forEach(grid::select);
        Button confirm = new Button(getTranslation("prefill.confirm"), e -> {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            grid.getSelectedItems().forEach(item -> chosen.put(item.questionKey(), item.currentRevision()));
            close();
            copy.accept(chosen);
        });
        confirm.setId("prefill-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(explanation, grid);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    /**
     * The button offering the country's earlier answers, when there are any to copy: the chosen ones are copied
     * (pending answers saved first), then the response is shown anew; those a colleague changed meanwhile are named.
     */
    static Optional<Button> offer(AnswerService answers, long assignmentId, Runnable flush, Runnable rerender,
            SaveStatus status) {
        return answers.prefill(assignmentId, QuestionnaireLanguage.current()).map(prefill -> {
            Button copy = new Button(status.getTranslation("response.prefill", prefill.source().campaignTitle()), e -> new PrefillDialog(prefill, chosen -> {
                flush.run();
                try {
                    List<String> changedMeanwhile = answers.copyEarlierAnswers(assignmentId, prefill.source().id(),
                            chosen);
                    rerender.run();
                    if (!changedMeanwhile.isEmpty()) {
                        status.show(status.getTranslation("response.notCopied", String.join(", ", changedMeanwhile)),
                                "conflict");
                    }
                } catch (AssignmentException ex) {
                    status.error(ex.reason(com.vaadin.flow.component.UI.getCurrent().getLocale()));
                }
            }).open());
            copy.setId("response-prefill");
            return copy;
        });
    }
}

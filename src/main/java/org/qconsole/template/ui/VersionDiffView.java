package org.qconsole.template.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.qconsole.template.diff.Change;
import org.qconsole.template.diff.FieldChange;
import org.qconsole.template.diff.TemplateDiff;

/** The changes between two versions side by side: what it was in the older, what it is in the newer. */
class VersionDiffView extends VerticalLayout {

    /** One line of the comparison: a change, or one changed field (and language) of it. */
    record Line(String change, String what, String field, String older, String newer) {
    }

    VersionDiffView(TemplateDiff diff, String olderLabel, String newerLabel) {
        setPadding(false);
        setId("template-diff");
        Span summary = new Span(summary(diff));
        summary.setId("template-diff-summary");
        Grid<Line> grid = new Grid<>();
        grid.setId("template-diff-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Line::change).setHeader(getTranslation("template.diff.change")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Line::what).setHeader(getTranslation("template.diff.item")).setFlexGrow(2);
        grid.addColumn(Line::field).setHeader(getTranslation("template.diff.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Line::older).setHeader(olderLabel).setFlexGrow(3);
        grid.addColumn(Line::newer).setHeader(newerLabel).setFlexGrow(3);
        grid.setItems(lines(diff));
        grid.setAllRowsVisible(true);
        add(summary, grid);
    }

    static String summary(TemplateDiff diff) {
        if (diff.isEmpty()) {
            return I18NProvider.translate("template.diff.same");
        }
        return diff.changes().stream()
                .collect(Collectors.groupingBy(Change::type, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(e -> I18NProvider.translate("template.diff.count." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static List<Line> lines(TemplateDiff diff) {
        List<Line> lines = new ArrayList<>();
        for (Change change : diff.changes()) {
            String type = I18NProvider.translate("template.diff.type." + change.type().name());
            String what = I18NProvider.translate("template.item." + change.subject().name())
                    + (change.key().isEmpty() ? "" : " " + change.key());
            switch (change.type()) {
                case ADDED -> lines.add(new Line(type, what, "", "", change.newerLabel()));
                case REMOVED -> lines.add(new Line(type, what, "", change.olderLabel(), ""));
                case MOVED -> lines.add(new Line(type, what, "", change.olderLabel(), change.description()));
                case CHANGED -> {
                    for (FieldChange field : change.fields()) {
                        lines.add(new Line(type, what, I18NProvider.translate("template.diff.field." + field.field())
                                + (field.language() == null ? "" : " (" + field.language().code() + ")"),
                                field.before() == null ? "" : field.before(), field.after() == null ? "" : field.after()));
                    }
                }
            }
        }
        return lines;
    }
}

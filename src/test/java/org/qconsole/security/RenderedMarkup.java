package org.qconsole.security;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a browserless view would put in the browser: every element, every piece of HTML markup, every
 * text, field value and grid cell. Finds what would run script: an active element, an event handler
 * attribute, a {@code javascript:} link, or such markup inside an {@link Html} component.
 */
final class RenderedMarkup {

    private static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "img", "svg", "object", "embed",
            "frame", "frameset", "base", "meta", "link", "style");
    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "(?i)<\\s*(script|iframe|img|svg|object|embed|frame|base|meta|link|style)\\b|\\son[a-z]+\\s*=|javascript:");

    final List<String> active = new ArrayList<>();
    final StringBuilder shown = new StringBuilder();

    static RenderedMarkup ofCurrentUi() {
        RenderedMarkup markup = new RenderedMarkup();
        markup.visit(UI.getCurrent());
        return markup;
    }

    private void visit(Component component) {
        Element element = component.getElement();
        inspect(element, component.getClass().getSimpleName());
        if (component instanceof Html html) {
            if (hasActiveMarkup(html.getInnerHtml())) {
                active.add("Html component with active markup: " + html.getInnerHtml());
            }
            shown.append(html.getInnerHtml()).append('\n');
        }
        if (component instanceof Grid<?> grid) {
            grid(grid);
        }
        component.getChildren().forEach(this::visit);
    }

    private void inspect(Element element, String owner) {
        if (element.isTextNode()) {
            shown.append(element.getText()).append('\n');
            return;
        }
        String tag = element.getTag() == null ? "" : element.getTag().toLowerCase(Locale.ROOT);
        if (ACTIVE_TAGS.contains(tag)) {
            active.add("<" + tag + "> element in " + owner);
        }
        element.getAttributeNames().forEach(name -> {
            String value = String.valueOf(element.getAttribute(name));
            if (name.toLowerCase(Locale.ROOT).startsWith("on") || value.trim().toLowerCase(Locale.ROOT)
                    .startsWith("javascript:")) {
                active.add(name + "=\"" + value + "\" on <" + tag + "> in " + owner);
            }
        });
        for (String property : List.of("value", "label", "helperText", "title")) {
            Object value = element.getPropertyRaw(property);
            if (value != null) {
                shown.append(value).append('\n');
            }
        }
        element.getChildren().filter(child -> child.getComponent().isEmpty() || child.isTextNode())
                .forEach(child -> inspect(child, owner));
    }

    /** Grid cells are sent as data, not markup, when the column renders a plain value (not HTML). */
    private void grid(Grid<?> grid) {
        grid.getColumns().forEach(column -> {
            if (!(column.getRenderer() instanceof ColumnPathRenderer)) {
                shown.append("[column ").append(column.getKey()).append(" rendered by ")
                        .append(column.getRenderer().getClass().getSimpleName()).append("]\n");
            }
        });
        for (int row = 0; row < GridKt._size(grid); row++) {
            GridKt._getFormattedRow(grid, row).forEach(cell -> shown.append(cell).append('\n'));
        }
    }

    /** Whether this HTML holds anything that would run script in a browser. */
    static boolean hasActiveMarkup(String html) {
        return ACTIVE_MARKUP.matcher(html).find();
    }

    String text() {
        return shown.toString();
    }
}

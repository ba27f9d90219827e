package org.qconsole.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.model.Language;
import org.qconsole.plugin.SectionTypeInfo;

/** The buttons above the designer's outline: the details, adding, moving, duplicating and deleting. */
class DesignerActions extends VerticalLayout {

    /**
     * @param pluginTypes the section types plugins offer (no plugin choice when there is none)
     * @param details opens the questionnaire's details
     * @param edits runs a structural edit on the draft and the selection
     */
    DesignerActions(List<SectionTypeInfo> pluginTypes, Runnable details, Consumer<OutlineEdits.Edit> edits) {
        HorizontalLayout add = row(
                button(getTranslation("template.designer.details"), "designer-details", VaadinIcon.INFO_CIRCLE_O,
                        details),
                button(getTranslation("template.item.SECTION"), "designer-add-section", VaadinIcon.PLUS,
                        () -> edits.accept(OutlineEdits::addSection)),
                button(getTranslation("template.item.QUESTION"), "designer-add-question", VaadinIcon.PLUS,
                        () -> edits.accept((d, s) -> OutlineEdits.addItem(d, s, false, false))),
                button(getTranslation("template.designer.addSubquestion"), "designer-add-subquestion",
                        VaadinIcon.LEVEL_RIGHT,
                        () -> edits.accept((d, s) -> OutlineEdits.addItem(d, s, false, true))),
                button(getTranslation("template.item.TEXT"), "designer-add-text", VaadinIcon.PLUS,
                        () -> edits.accept((d, s) -> OutlineEdits.addItem(d, s, true, false))));
        HorizontalLayout change = row(
                button(getTranslation("template.designer.up"), "designer-up", VaadinIcon.ARROW_UP,
                        () -> edits.accept((d, s) -> OutlineEdits.move(d, s, -1))),
                button(getTranslation("template.designer.down"), "designer-down", VaadinIcon.ARROW_DOWN,
                        () -> edits.accept((d, s) -> OutlineEdits.move(d, s, 1))),
                button(getTranslation("template.designer.duplicate"), "designer-duplicate", VaadinIcon.COPY,
                        () -> edits.accept(OutlineEdits::duplicate)),
                button(getTranslation("template.designer.delete"), "designer-delete", VaadinIcon.TRASH,
                        () -> edits.accept(OutlineEdits::delete)));
        if (!pluginTypes.isEmpty()) {
            add.add(pluginChoice(pluginTypes, edits));
        }
        add(add, change);
        setPadding(false);
        setSpacing(false);
    }

    /** Choosing a type adds a section of it at once, and the choice empties for the next one. */
    private Select<SectionTypeInfo> pluginChoice(List<SectionTypeInfo> types, Consumer<OutlineEdits.Edit> edits) {
        Select<SectionTypeInfo> plugin = new Select<>();
        plugin.setId("designer-add-plugin-section");
        plugin.setPlaceholder(getTranslation("template.designer.pluginPlaceholder"));
        plugin.setAriaLabel(getTranslation("template.designer.addPlugin"));
        plugin.setItems(types);
        String language = Language.of(getLocale()).code();
        plugin.setItemLabelGenerator(type -> type == null ? "" : type.displayName(language));
        plugin.addThemeVariants(SelectVariant.LUMO_SMALL);
        plugin.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                SectionTypeInfo type = e.getValue();
                edits.accept((d, s) -> OutlineEdits.addPluginSection(d, s, type));
                plugin.clear();
            }
        });
        return plugin;
    }

    private static HorizontalLayout row(Button... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setSpacing(false);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static Button button(String label, String id, VaadinIcon icon, Runnable run) {
        Button button = new Button(label, icon.create(), e -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.identity.Roles;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.template.Problem;
import org.qconsole.template.RichText;
import org.qconsole.template.TemplateException;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.SectionTypeInfo;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.answer.ui.AnswerSpecEditor;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.template.model.PluginSection;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.Section;
import org.qconsole.template.model.TemplateDefinition;
import org.qconsole.template.model.TextBlock;

/**
 * The questionnaire designer: an outline of sections and items, an editor for the selected one, and
 * a live preview exactly as country users will see it. Every change is saved as the secretariat goes.
 */
@Route("templates/design")
@PageTitle("Designer · Questionnaire Console")
@RolesAllowed(Roles.SECRETARIAT)
class DesignerView extends VerticalLayout implements HasUrlParameter<Long> {

    private final transient TemplateService templates;
    private final transient SectionTypeService sectionTypes;
    private final TreeGrid<Node> outline = new TreeGrid<>();
    private final Div editor = new Div();
    private final Div preview = new Div();
    private final Span status = new Span();
    private final ProblemList problems = new ProblemList();
    private transient TemplateVersion version;
    private transient TemplateDefinition definition;
    private int revision;
    private Path selected;

    /** An entry of the outline: the questionnaire's details (path null), a section or an item. */
    record Node(Path path, String label) {
    }

    public DesignerView(TemplateService templates, SectionTypeService sectionTypes) {
        this.templates = templates;
        this.sectionTypes = sectionTypes;
        setId("designer");
        setSizeFull();
        addClassName("qc-designer");
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        try {
            version = templates.version(versionId);
        } catch (TemplateException e) {
            removeAll();
            add(new H1("Template version not found"), new Paragraph(e.getMessage()));
            return;
        }
        if (!version.isDraft()) {
            removeAll();
            add(new H1(version.label() + " is " + version.status().label().toLowerCase()),
                    new Paragraph("Published and retired versions cannot be changed. Create a new draft from it"
                            + " on its version page."));
            return;
        }
        definition = version.definition();
        revision = version.revision();
        layout();
        refreshOutline();
        select(null);
    }

    private void layout() {
        removeAll();
        H1 heading = new H1("Designing " + version.label());
        heading.setId("designer-heading");
        status.setId("designer-status");
        status.setText("All changes saved");
        Button save = new Button("Save now", VaadinIcon.CLOUD_UPLOAD_O.create(), e -> save());
        save.setId("designer-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button done = new Button("Version page", VaadinIcon.ARROW_RIGHT.create(),
                e -> UI.getCurrent().navigate(TemplateVersionView.class, version.id()));
        done.setId("designer-done");
        HorizontalLayout header = new HorizontalLayout(heading, status, save, done);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();

        outline.setId("designer-outline");
        outline.addHierarchyColumn(Node::label).setHeader("Outline");
        // Clicks select; selection set by the view itself (after an edit) must not rebuild the editor.
        outline.addItemClickListener(e -> selectInOutline(e.getItem().path()));
        outline.setHeightFull();
        VerticalLayout left = new VerticalLayout(actions(), outline);
        left.setPadding(false);
        left.setHeightFull();

        editor.setId("designer-editor");
        editor.addClassName("qc-designer-editor");
        VerticalLayout middle = new VerticalLayout(editor, problems);
        middle.setPadding(false);
        preview.setId("designer-preview");
        preview.addClassName("qc-designer-preview");

        SplitLayout inner = new SplitLayout(middle, preview);
        inner.setSplitterPosition(55);
        SplitLayout outer = new SplitLayout(left, inner);
        outer.setSplitterPosition(25);
        outer.setSizeFull();
        add(header, outer);
        expand(outer);
    }

    private Component actions() {
        HorizontalLayout row1 = new HorizontalLayout(
                action("Details", "designer-details", VaadinIcon.INFO_CIRCLE_O, () -> selectInOutline(null)),
                action("Section", "designer-add-section", VaadinIcon.PLUS, this::addSection),
                action("Question", "designer-add-question", VaadinIcon.PLUS, () -> addItem(false, false)),
                action("Sub-question", "designer-add-subquestion", VaadinIcon.LEVEL_RIGHT, () -> addItem(false, true)),
                action("Text", "designer-add-text", VaadinIcon.PLUS, () -> addItem(true, false)));
        HorizontalLayout row2 = new HorizontalLayout(
                action("Up", "designer-up", VaadinIcon.ARROW_UP, () -> move(-1)),
                action("Down", "designer-down", VaadinIcon.ARROW_DOWN, () -> move(1)),
                action("Duplicate", "designer-duplicate", VaadinIcon.COPY, this::duplicate),
                action("Delete", "designer-delete", VaadinIcon.TRASH, this::delete));
        List<SectionTypeInfo> pluginTypes = sectionTypes.available();
        if (!pluginTypes.isEmpty()) {
            Select<SectionTypeInfo> plugin = new Select<>();
            plugin.setId("designer-add-plugin-section");
            plugin.setPlaceholder("Plugin section…");
            plugin.setAriaLabel("Add a plugin section");
            plugin.setItems(pluginTypes);
            plugin.setItemLabelGenerator(type -> type == null ? "" : type.displayName("en"));
            plugin.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
            plugin.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    addPluginSection(e.getValue());
                    plugin.clear();
                }
            });
            row1.add(plugin);
        }
        row1.setSpacing(false);
        row2.setSpacing(false);
        row1.getStyle().set("flex-wrap", "wrap");
        row2.getStyle().set("flex-wrap", "wrap");
        VerticalLayout actions = new VerticalLayout(row1, row2);
        actions.setPadding(false);
        actions.setSpacing(false);
        return actions;
    }

    private static Button action(String label, String id, VaadinIcon icon, Runnable run) {
        Button button = new Button(label, icon.create(), e -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    // --- structure -------------------------------------------------------------------------------

    private void addSection() {
        int at = selected == null ? definition.sections().size() : selected.section() + 1;
        String key = DraftEditor.freshKey(definition, "section");
        Section section = new Section(key, "", LocalizedText.en("New section"), LocalizedText.EMPTY, List.of(),
                List.of(), null);
        restructure(DraftEditor.addSection(definition, at, section), Path.ofSection(at));
    }

    /** A section whose content a plugin provides, with the plugin's default configuration. */
    private void addPluginSection(SectionTypeInfo type) {
        int at = selected == null ? definition.sections().size() : selected.section() + 1;
        String key = DraftEditor.freshKey(definition, type.id().replace('-', '_'));
        Section section = new Section(key, "", LocalizedText.en(type.displayName("en")), LocalizedText.EMPTY,
                List.of(), List.of(), new PluginSection(type.id(), type.pluginVersion(), type.defaultConfiguration()));
        restructure(DraftEditor.addSection(definition, at, section), Path.ofSection(at));
    }

    private void addItem(boolean text, boolean asChild) {
        if (selected == null) {
            if (definition.sections().isEmpty()) {
                problems.show("Add a section first.", List.of());
                return;
            }
            selected = Path.ofSection(definition.sections().size() - 1);
        }
        Item item = text
                ? new TextBlock(DraftEditor.freshKey(definition, "text"), LocalizedText.en("New text"), null)
                : new Question(DraftEditor.freshKey(definition, "q"), "", LocalizedText.en("New question"),
                        LocalizedText.EMPTY, new AnswerSpec.YesNo(), false, null, null, List.of(), List.of());
        Path parent;
        int at;
        if (selected.isSection()) {
            parent = selected;
            at = DraftEditor.children(definition, parent).size();
        } else if (asChild && DraftEditor.item(definition, selected) instanceof Question) {
            parent = selected;
            at = DraftEditor.children(definition, parent).size();
        } else {
            parent = selected.parent();
            at = selected.last() + 1;
        }
        if (asChild && parent.isSection()) {
            problems.show("Select a question to add a sub-question under it.", List.of());
            return;
        }
        restructure(DraftEditor.addItem(definition, parent, at, item), parent.child(at));
    }

    private void move(int delta) {
        if (selected == null) {
            return;
        }
        if (selected.isSection()) {
            int target = selected.section() + delta;
            restructure(DraftEditor.moveSection(definition, selected.section(), delta),
                    target < 0 || target >= definition.sections().size() ? selected : Path.ofSection(target));
        } else {
            int target = selected.last() + delta;
            boolean inside = target >= 0 && target < DraftEditor.children(definition, selected.parent()).size();
            restructure(DraftEditor.moveItem(definition, selected, delta), inside ? selected.withLast(target) : selected);
        }
    }

    private void duplicate() {
        if (selected != null && !selected.isSection()) {
            restructure(DraftEditor.duplicateItem(definition, selected), selected.withLast(selected.last() + 1));
        }
    }

    private void delete() {
        if (selected == null) {
            return;
        }
        restructure(selected.isSection() ? DraftEditor.removeSection(definition, selected.section())
                : DraftEditor.removeItem(definition, selected), null);
    }

    private void restructure(TemplateDefinition changed, Path select) {
        definition = changed;
        save();
        refreshOutline();
        selectInOutline(select);
    }

    // --- outline and selection ---------------------------------------------------------------------

    private void refreshOutline() {
        TreeData<Node> tree = new TreeData<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            Section section = definition.sections().get(s);
            Node node = new Node(Path.ofSection(s), (section.number().isBlank() ? "" : section.number() + ". ")
                    + section.title().english());
            tree.addItem(null, node);
            addChildren(tree, node, section.items());
        }
        outline.setDataProvider(new TreeDataProvider<>(tree));
        outline.expandRecursively(tree.getRootItems(), 10);
    }

    private void addChildren(TreeData<Node> tree, Node parent, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Node node = new Node(parent.path().child(i), label(item));
            tree.addItem(parent, node);
            if (item instanceof Question q) {
                addChildren(tree, node, q.items());
            }
        }
    }

    private static String label(Item item) {
        if (item instanceof Question q) {
            String text = RichText.toPlainText(q.text().english());
            return (q.number().isBlank() ? "" : q.number() + " ") + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
        }
        String text = RichText.toPlainText(((TextBlock) item).text().english());
        return "¶ " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

    private void selectInOutline(Path path) {
        outline.deselectAll();
        if (path != null) {
            outline.getTreeData().getRootItems().stream()
                    .flatMap(root -> flatten(root).stream())
                    .filter(node -> node.path().equals(path)).findFirst()
                    .ifPresent(outline::select);
        }
        select(path);
    }

    private List<Node> flatten(Node node) {
        List<Node> all = new ArrayList<>(List.of(node));
        outline.getTreeData().getChildren(node).forEach(child -> all.addAll(flatten(child)));
        return all;
    }

    private void select(Path path) {
        selected = path;
        editor.removeAll();
        if (path == null) {
            editor.add(detailsEditor());
        } else if (path.isSection()) {
            editor.add(sectionEditor(path));
        } else {
            Item item = DraftEditor.item(definition, path);
            editor.add(item instanceof Question q ? questionEditor(path, q) : textEditor(path, (TextBlock) item));
        }
        refreshPreviewAndProblems();
    }

    // --- editors ------------------------------------------------------------------------------

    private Component detailsEditor() {
        LocalizedTextEditor title = new LocalizedTextEditor("Title", "details-title", false);
        title.setValue(definition.title());
        title.addEditListener(v -> edit(d -> new TemplateDefinition(v, d.circularReference(), d.introduction(),
                d.footnotes(), d.sections()), true));
        TextField circular = textField("Circular reference", "details-circular", definition.circularReference());
        circular.setHelperText("e.g. CU 2023/187/DTA/CEB/CSS");
        circular.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit(d -> new TemplateDefinition(d.title(), e.getValue(), d.introduction(), d.footnotes(),
                        d.sections()), false);
            }
        });
        LocalizedTextEditor intro = new LocalizedTextEditor("Introduction", "details-introduction", true);
        intro.setValue(definition.introduction());
        intro.addEditListener(v -> edit(d -> new TemplateDefinition(d.title(), d.circularReference(), v,
                d.footnotes(), d.sections()), false));
        FootnotesEditor footnotes = new FootnotesEditor("details-footnotes");
        footnotes.setFootnotes(definition.footnotes());
        footnotes.addEditListener(v -> edit(d -> new TemplateDefinition(d.title(), d.circularReference(),
                d.introduction(), v, d.sections()), false));
        return form("Questionnaire details", title, circular, intro, footnotes);
    }

    private Component sectionEditor(Path path) {
        Section s = DraftEditor.section(definition, path);
        TextField key = textField("Key", "section-key", s.key());
        TextField number = textField("Number", "section-number", s.number());
        LocalizedTextEditor title = new LocalizedTextEditor("Title", "section-title", false);
        title.setValue(s.title());
        LocalizedTextEditor intro = new LocalizedTextEditor("Introduction", "section-introduction", true);
        intro.setValue(s.introduction());
        FootnotesEditor footnotes = new FootnotesEditor("section-footnotes");
        footnotes.setFootnotes(s.footnotes());
        Runnable apply = () -> {
            Section current = DraftEditor.section(definition, path);
            definition = DraftEditor.replaceSection(definition, path.section(), new Section(key.getValue(),
                    number.getValue(), title.getValue(), intro.getValue(), footnotes.footnotes(), current.items(),
                    current.plugin()));
            changed(true);
        };
        footnotes.addEditListener(v -> apply.run());
        onClientChange(key, apply);
        onClientChange(number, apply);
        title.addEditListener(v -> apply.run());
        intro.addEditListener(v -> apply.run());
        if (s.plugin() != null) {
            return form("Plugin section", key, number, title, intro, footnotes, pluginConfiguration(path, s.plugin()));
        }
        return form("Section", key, number, title, intro, footnotes);
    }

    /**
     * The plugin's own editor of its configuration; each change records the configuration and the plugin
     * version it was designed with. When the plugin is unavailable, the configuration is kept as it is.
     */
    private Component pluginConfiguration(Path path, PluginSection plugin) {
        Div box = new Div();
        box.setId("plugin-configuration");
        var type = sectionTypes.type(plugin.pluginId());
        if (type.isEmpty()) {
            box.setText("The plugin of this section is unavailable (" + sectionTypes.unavailableReason(plugin.pluginId())
                    + "). Its configuration is kept; the version cannot be published until the plugin runs.");
            return box;
        }
        box.add(new Span("Provided by the plugin " + type.get().pluginId() + " " + type.get().pluginVersion()
                + " (designed with " + plugin.pluginVersion() + ")"));
        try {
            SectionContext context = new SectionContext(DraftEditor.section(definition, path).key(), "en", false);
            JsonInput editor = type.get().configurationEditor(plugin.configuration(), context);
            editor.addChangeListener(() -> {
                Section current = DraftEditor.section(definition, path);
                definition = DraftEditor.replaceSection(definition, path.section(), new Section(current.key(),
                        current.number(), current.title(), current.introduction(), current.footnotes(),
                        current.items(), new PluginSection(type.get().id(), type.get().pluginVersion(),
                                editor.value())));
                changed(false);
            });
            box.add(editor.component());
        } catch (PluginUnavailable e) {
            box.add(new Span(e.getMessage()));
        }
        return box;
    }

    private Component questionEditor(Path path, Question q) {
        TextField key = textField("Key", "item-key", q.key());
        key.setHelperText("Stable across versions: answers are kept under it");
        TextField number = textField("Number", "item-number", q.number());
        LocalizedTextEditor text = new LocalizedTextEditor("Question", "item-text", true);
        text.setValue(q.text());
        LocalizedTextEditor help = new LocalizedTextEditor("Help", "item-help", true);
        help.setValue(q.help());
        Checkbox required = new Checkbox("Required", q.required());
        required.setId("item-required");
        FootnotesEditor footnotes = new FootnotesEditor("item-footnotes");
        footnotes.setFootnotes(q.footnotes());
        AnswerSpecEditor answer = new AnswerSpecEditor();
        answer.setValue(q.answer());
        ConditionEditor visible = new ConditionEditor("Show only when…", "visible");
        ConditionEditor requiredWhen = new ConditionEditor("Required only when…", "required-when");
        List<Question> earlier = earlierQuestions(q.key());
        visible.setQuestions(earlier);
        requiredWhen.setQuestions(earlier);
        visible.setValue(q.visibleWhen());
        requiredWhen.setValue(q.requiredWhen());
        Runnable apply = () -> {
            Question current = (Question) DraftEditor.item(definition, path);
            definition = DraftEditor.replaceItem(definition, path, new Question(key.getValue(), number.getValue(),
                    text.getValue(), help.getValue(), answer.getValue(), required.getValue(), requiredWhen.getValue(),
                    visible.getValue(), footnotes.footnotes(), current.items()));
            changed(true);
        };
        onClientChange(key, apply);
        onClientChange(number, apply);
        text.addEditListener(v -> apply.run());
        help.addEditListener(v -> apply.run());
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.run();
            }
        });
        answer.addEditListener(v -> apply.run());
        visible.addEditListener(v -> apply.run());
        requiredWhen.addEditListener(v -> apply.run());
        footnotes.addEditListener(v -> apply.run());
        return form("Question", key, number, text, help, required, answer, visible, requiredWhen, footnotes);
    }

    private Component textEditor(Path path, TextBlock t) {
        TextField key = textField("Key", "item-key", t.key());
        LocalizedTextEditor text = new LocalizedTextEditor("Text", "item-text", true);
        text.setValue(t.text());
        ConditionEditor visible = new ConditionEditor("Show only when…", "visible");
        visible.setQuestions(earlierQuestions(t.key()));
        visible.setValue(t.visibleWhen());
        Runnable apply = () -> {
            definition = DraftEditor.replaceItem(definition, path,
                    new TextBlock(key.getValue(), text.getValue(), visible.getValue()));
            changed(true);
        };
        onClientChange(key, apply);
        text.addEditListener(v -> apply.run());
        visible.addEditListener(v -> apply.run());
        return form("Text", key, text, visible);
    }

    /** Questions before the given item in reading order: the only ones its conditions may read. */
    private List<Question> earlierQuestions(String key) {
        List<Question> earlier = new ArrayList<>();
        for (Question q : definition.questions()) {
            if (q.key().equals(key)) {
                break;
            }
            earlier.add(q);
        }
        return earlier;
    }

    private void edit(UnaryOperator<TemplateDefinition> change, boolean outlineChanged) {
        definition = change.apply(definition);
        changed(outlineChanged);
    }

    private void changed(boolean outlineLabelsChanged) {
        save();
        if (outlineLabelsChanged) {
            Path keep = selected;
            refreshOutlineKeepingEditor(keep);
        }
        refreshPreviewAndProblems();
    }

    private void refreshOutlineKeepingEditor(Path keep) {
        refreshOutline();
        outline.getTreeData().getRootItems().stream().flatMap(root -> flatten(root).stream())
                .filter(node -> node.path().equals(keep)).findFirst().ifPresent(node -> {
                    outline.asSingleSelect().setValue(node);
                });
        selected = keep;
    }

    // --- saving, preview, problems ---------------------------------------------------------------

    /** Autosave: every change goes to the database at once; a failure is shown, never swallowed. */
    private void save() {
        try {
            TemplateVersion saved = templates.saveDraft(version.id(), revision, definition);
            revision = saved.revision();
            status.setText("All changes saved");
            status.getElement().setAttribute("data-state", "saved");
        } catch (TemplateException e) {
            status.setText("Not saved: " + e.getMessage());
            status.getElement().setAttribute("data-state", "error");
        } catch (RuntimeException e) {
            status.setText("Not saved: the database could not be reached. Your changes are kept on this page;"
                    + " use Save now to try again.");
            status.getElement().setAttribute("data-state", "error");
        }
    }

    private void refreshPreviewAndProblems() {
        preview.removeAll();
        preview.add(new H3("Preview"), new QuestionnaireForm(definition, Language.EN, sectionTypes::type));
        List<Problem> found = templates.check(version.id(), definition);
        if (found.isEmpty()) {
            problems.clear();
        } else {
            problems.show(found.size() + (found.size() == 1 ? " problem" : " problems") + " to fix before publishing:",
                    found);
        }
    }

    private static TextField textField(String label, String id, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        return field;
    }

    private static void onClientChange(TextField field, Runnable apply) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.run();
            }
        });
    }

    private static Component form(String title, Component... fields) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(title));
        form.add(fields);
        return form;
    }
}

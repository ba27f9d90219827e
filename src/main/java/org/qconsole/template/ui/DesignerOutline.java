package org.qconsole.template.ui;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.RichText;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** The designer's outline: every section and item of the draft as a tree, to select what to edit. */
class DesignerOutline extends TreeGrid<DesignerOutline.Node> {

    private static final int LABEL_LENGTH = 60;

    /** An entry of the outline: a section or an item (the questionnaire's details have no entry). */
    record Node(Path path, String label) {
    }

    DesignerOutline() {
        setId("designer-outline");
        addHierarchyColumn(Node::label).setHeader(getTranslation("template.designer.outline"));
        setHeightFull();
    }

    /**
     * Calls back with the path of a node the user clicks; a selection the view sets itself (after an edit)
     * does not, so the editor being typed in is not rebuilt.
     */
    void onPick(Consumer<Path> picked) {
        addItemClickListener(e -> picked.accept(e.getItem().path()));
    }

    /** Shows the draft's sections and items, all expanded. */
    void show(TemplateDefinition definition) {
        TreeData<Node> tree = new TreeData<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            Section section = definition.sections().get(s);
            Node node = new Node(Path.ofSection(s), (section.number().isBlank() ? "" : section.number() + ". ")
                    + MarkedTitle.words(section.title().english()));
            tree.addItem(null, node);
            addChildren(tree, node, section.items());
        }
        setDataProvider(new TreeDataProvider<>(tree));
        expandRecursively(tree.getRootItems(), 10);
    }

    /** Marks the node at the path as selected (none for {@code null}, the questionnaire's details). */
    void highlight(Path path) {
        deselectAll();
        find(path).ifPresent(this::select);
    }

    private Optional<Node> find(Path path) {
        if (path == null) {
            return Optional.empty();
        }
        return getTreeData().getRootItems().stream().flatMap(root -> flatten(root).stream())
                .filter(node -> node.path().equals(path)).findFirst();
    }

    private List<Node> flatten(Node node) {
        List<Node> all = new ArrayList<>(List.of(node));
        getTreeData().getChildren(node).forEach(child -> all.addAll(flatten(child)));
        return all;
    }

    private static void addChildren(TreeData<Node> tree, Node parent, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Node node = new Node(parent.path().child(i), label(item));
            tree.addItem(parent, node);
            addChildren(tree, node, item.items());
        }
    }

    /** A question's number and plain text, a text block's text after a ¶, shortened. */
    static String label(Item item) {
        if (item instanceof Question q) {
            return (q.number().isBlank() ? "" : q.number() + " ") + shortened(q.text().english());
        }
        return "¶ " + (item.number().isBlank() ? "" : item.number() + " ")
                + shortened(((TextBlock) item).text().english());
    }

    private static String shortened(String richText) {
        String text = RichText.toPlainText(richText);
        return text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + "…" : text;
    }
}

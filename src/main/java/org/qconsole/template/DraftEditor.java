package org.qconsole.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/**
 * The designer's edits of a draft: add, replace, remove, move and duplicate sections and items. Each
 * returns a new definition (the model is immutable); an edit that makes no sense (moving the first
 * item up) returns the definition unchanged.
 */
public final class DraftEditor {

    /**
     * Where a node sits: its section, then the indices from the section's items down to sub-items.
     * No indices: the section itself.
     */
    public record Path(int section, List<Integer> indices) {

        public Path {
            indices = List.copyOf(indices);
        }

        public static Path ofSection(int section) {
            return new Path(section, List.of());
        }

        public boolean isSection() {
            return indices.isEmpty();
        }

        public Path child(int index) {
            List<Integer> longer = new ArrayList<>(indices);
            longer.add(index);
            return new Path(section, longer);
        }

        public Path parent() {
            return new Path(section, indices.subList(0, indices.size() - 1));
        }

        public int last() {
            return indices.get(indices.size() - 1);
        }

        public Path withLast(int index) {
            return parent().child(index);
        }
    }

    private DraftEditor() {
    }

    public static Section section(TemplateDefinition d, Path path) {
        return d.sections().get(path.section());
    }

    public static Item item(TemplateDefinition d, Path path) {
        List<Item> items = section(d, path).items();
        Item item = null;
        for (int index : path.indices()) {
            item = items.get(index);
            items = item.items();
        }
        return item;
    }

    /** The items directly under a section or question. */
    public static List<Item> children(TemplateDefinition d, Path parent) {
        if (parent.isSection()) {
            return section(d, parent).items();
        }
        return item(d, parent).items();
    }

    public static TemplateDefinition addSection(TemplateDefinition d, int at, Section section) {
        List<Section> sections = new ArrayList<>(d.sections());
        sections.add(Math.max(0, Math.min(at, sections.size())), section);
        return withSections(d, sections);
    }

    public static TemplateDefinition replaceSection(TemplateDefinition d, int index, Section section) {
        List<Section> sections = new ArrayList<>(d.sections());
        sections.set(index, section);
        return withSections(d, sections);
    }

    public static TemplateDefinition removeSection(TemplateDefinition d, int index) {
        List<Section> sections = new ArrayList<>(d.sections());
        sections.remove(index);
        return withSections(d, sections);
    }

    public static TemplateDefinition moveSection(TemplateDefinition d, int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= d.sections().size()) {
            return d;
        }
        List<Section> sections = new ArrayList<>(d.sections());
        sections.add(target, sections.remove(index));
        return withSections(d, sections);
    }

    /** Adds an item under a section or question (a sub-question), at the given position. */
    public static TemplateDefinition addItem(TemplateDefinition d, Path parent, int at, Item item) {
        return editChildren(d, parent, items -> {
            items.add(Math.max(0, Math.min(at, items.size())), item);
            return items;
        });
    }

    public static TemplateDefinition replaceItem(TemplateDefinition d, Path path, Item item) {
        return editChildren(d, path.parent(), items -> {
            items.set(path.last(), item);
            return items;
        });
    }

    public static TemplateDefinition removeItem(TemplateDefinition d, Path path) {
        return editChildren(d, path.parent(), items -> {
            items.remove(path.last());
            return items;
        });
    }

    /** Moves an item among its siblings (-1 up, +1 down). */
    public static TemplateDefinition moveItem(TemplateDefinition d, Path path, int delta) {
        int target = path.last() + delta;
        if (target < 0 || target >= children(d, path.parent()).size()) {
            return d;
        }
        return editChildren(d, path.parent(), items -> {
            items.add(target, items.remove(path.last()));
            return items;
        });
    }

    /** Inserts a copy after the item, with fresh keys for it and everything under it. */
    public static TemplateDefinition duplicateItem(TemplateDefinition d, Path path) {
        Set<String> used = keys(d);
        Item copy = rekey(item(d, path), used);
        return addItem(d, path.parent(), path.last() + 1, copy);
    }

    /** A key not used yet in the version: {@code base}, or {@code base_2}, {@code base_3}... */
    public static String freshKey(TemplateDefinition d, String base) {
        return fresh(base, keys(d));
    }

    private static Item rekey(Item item, Set<String> used) {
        String key = fresh(item.key() + "_copy", used);
        List<Item> children = item.items().stream().map(child -> rekey(child, used)).toList();
        if (item instanceof TextBlock t) {
            return new TextBlock(key, t.text(), t.visibleWhen(), t.number(), children);
        }
        Question q = (Question) item;
        return new Question(key, q.number(), q.text(), q.help(), q.answer(), q.required(), q.requiredWhen(),
                q.visibleWhen(), q.footnotes(), children, q.supportingDocuments());
    }

    private static String fresh(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "_" + n;
        }
        used.add(candidate);
        return candidate;
    }

    private static Set<String> keys(TemplateDefinition d) {
        Set<String> keys = new HashSet<>();
        d.sections().forEach(s -> keys.add(s.key()));
        d.forEachItem(i -> keys.add(i.key()));
        return keys;
    }

    private static TemplateDefinition editChildren(TemplateDefinition d, Path parent,
            UnaryOperator<List<Item>> edit) {
        if (parent.isSection()) {
            Section s = section(d, parent);
            List<Item> items = edit.apply(new ArrayList<>(s.items()));
            return replaceSection(d, parent.section(), new Section(s.key(), s.number(), s.title(), s.introduction(),
                    s.footnotes(), items, s.plugin()));
        }
        Item parentItem = item(d, parent);
        List<Item> items = edit.apply(new ArrayList<>(parentItem.items()));
        if (parentItem instanceof TextBlock t) {
            return replaceItem(d, parent, t.withItems(items));
        }
        Question q = (Question) parentItem;
        return replaceItem(d, parent, q.withItems(items));
    }

    private static TemplateDefinition withSections(TemplateDefinition d, List<Section> sections) {
        return d.withSections(sections);
    }
}

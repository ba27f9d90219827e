package org.qconsole.template.diff;

import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.template.RichText;
import org.qconsole.template.diff.Change.ChangeType;
import org.qconsole.template.diff.Change.Subject;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.Section;
import org.qconsole.template.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.template.model.TextBlock;

/**
 * What changed between two versions of a questionnaire template ("what is new in version 2"), for the
 * secretariat. Sections and items (questions and texts, at any depth) are matched by their key, so a
 * question that keeps its key is the same question even when renumbered or moved.
 *
 * <p>The changes come in reading order of the newer version (a change to the version itself first),
 * followed by the removals in reading order of the older version. An item that moved and was also
 * reworded gives two changes, {@link ChangeType#MOVED} then {@link ChangeType#CHANGED}. A section or item
 * added (or removed) with its content lists that content as added (removed) too.
 */
public final class TemplateDiff {

    private final List<Change> changes;

    private TemplateDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The changes that turn {@code older} into {@code newer}. */
    public static TemplateDiff between(TemplateDefinition older, TemplateDefinition newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        return new TemplateDiff(new Differ(older, newer).changes());
    }

    /** Every change, in the order described above. */
    public List<Change> changes() {
        return changes;
    }

    /** Whether the two versions say the same thing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> added() {
        return ofType(ChangeType.ADDED);
    }

    public List<Change> removed() {
        return ofType(ChangeType.REMOVED);
    }

    public List<Change> moved() {
        return ofType(ChangeType.MOVED);
    }

    public List<Change> changed() {
        return ofType(ChangeType.CHANGED);
    }

    public List<Change> ofType(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }

    /** Walks both versions once and collects the changes. */
    private static final class Differ {

        private final TemplateDefinition older;
        private final TemplateDefinition newer;
        private final Layout before;
        private final Layout after;
        private final Set<String> movedSections;
        private final Set<String> movedItems;
        private final List<Change> changes = new ArrayList<>();

        Differ(TemplateDefinition older, TemplateDefinition newer) {
            this.older = older;
            this.newer = newer;
            this.before = new Layout(older);
            this.after = new Layout(newer);
            this.movedSections = moved(before.sections, after.sections);
            this.movedItems = moved(before.items, after.items);
        }

        List<Change> changes() {
            List<FieldChange> versionFields = new Fields()
                    .text("title", older.title(), newer.title())
                    .plain("circularReference", older.circularReference(), newer.circularReference())
                    .text("introduction", older.introduction(), newer.introduction())
                    .json("footnotes", older.footnotes(), newer.footnotes())
                    .list();
            if (!versionFields.isEmpty()) {
                changes.add(new Change(ChangeType.CHANGED, Subject.VERSION, "", Change.label("", plain(older.title())),
                        Change.label("", plain(newer.title())), versionFields, null));
            }
            for (Section section : newer.sections()) {
                Placed was = before.sections.get(section.key());
                if (was == null) {
                    changes.add(added(Subject.SECTION, section.key(), label(section)));
                } else {
                    Section old = (Section) was.node();
                    compared(Subject.SECTION, section.key(), label(old), label(section),
                            movedSections.contains(section.key()) ? was : null, sectionFields(old, section));
                }
                walkNewer(section.items());
            }
            for (Section section : older.sections()) {
                if (!after.sections.containsKey(section.key())) {
                    changes.add(removed(Subject.SECTION, section.key(), label(section)));
                }
                walkOlder(section.items());
            }
            return changes;
        }

        private void walkNewer(List<Item> items) {
            for (Item item : items) {
                Placed was = before.items.get(item.key());
                if (!sameKind(was, item)) {
                    changes.add(added(subject(item), item.key(), label(item)));
                } else {
                    Item old = (Item) was.node();
                    compared(subject(item), item.key(), label(old), label(item),
                            movedItems.contains(item.key()) ? was : null, itemFields(old, item));
                }
                if (item instanceof Question question) {
                    walkNewer(question.items());
                }
            }
        }

        private void walkOlder(List<Item> items) {
            for (Item item : items) {
                Placed now = after.items.get(item.key());
                if (!sameKind(now, item)) {
                    changes.add(removed(subject(item), item.key(), label(item)));
                }
                if (item instanceof Question question) {
                    walkOlder(question.items());
                }
            }
        }

        /** A MOVED change when {@code movedFrom} is set, then a CHANGED one when fields differ. */
        private void compared(Subject subject, String key, String olderLabel, String newerLabel, Placed movedFrom,
                List<FieldChange> fields) {
            if (movedFrom != null) {
                Placed movedTo = (subject == Subject.SECTION ? after.sections : after.items).get(key);
                changes.add(new Change(ChangeType.MOVED, subject, key, olderLabel, newerLabel, List.of(),
                        movedFrom.describeMoveTo(movedTo)));
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(ChangeType.CHANGED, subject, key, olderLabel, newerLabel, fields, null));
            }
        }

        private static Change added(Subject subject, String key, String label) {
            return new Change(ChangeType.ADDED, subject, key, null, label, List.of(), null);
        }

        private static Change removed(Subject subject, String key, String label) {
            return new Change(ChangeType.REMOVED, subject, key, label, null, List.of(), null);
        }

        private static boolean sameKind(Placed other, Item item) {
            return other != null && other.node().getClass() == item.getClass();
        }
    }

    private static List<FieldChange> sectionFields(Section a, Section b) {
        return new Fields()
                .plain("number", a.number(), b.number())
                .text("title", a.title(), b.title())
                .text("introduction", a.introduction(), b.introduction())
                .json("footnotes", a.footnotes(), b.footnotes())
                .json("plugin", a.plugin(), b.plugin())
                .list();
    }

    private static List<FieldChange> itemFields(Item a, Item b) {
        if (a instanceof TextBlock x && b instanceof TextBlock y) {
            return new Fields()
                    .text("text", x.text(), y.text())
                    .json("visibleWhen", x.visibleWhen(), y.visibleWhen())
                    .list();
        }
        Question x = (Question) a;
        Question y = (Question) b;
        Fields fields = new Fields()
                .plain("number", x.number(), y.number())
                .text("text", x.text(), y.text())
                .text("help", x.help(), y.help())
                .plain("required", String.valueOf(x.required()), String.valueOf(y.required()))
                .json("requiredWhen", x.requiredWhen(), y.requiredWhen())
                .json("visibleWhen", x.visibleWhen(), y.visibleWhen())
                .json("answer", x.answer(), y.answer());
        if (fields.has("answer")) {
            fields.plain("answer.options", options(x.answer()), options(y.answer()));
        }
        return fields.json("footnotes", x.footnotes(), y.footnotes()).list();
    }

    /** The options of a choice, readable ("email = Email; video = Video"); {@code null} for other kinds. */
    private static String options(AnswerSpec answer) {
        AnswerKind kind = AnswerKinds.of(answer);
        if (!kind.selectable()) {
            return null;
        }
        return kind.options().stream()
                .map(o -> o.value() + " = " + (o.label() == null ? "" : o.label().english()))
                .collect(Collectors.joining("; "));
    }

    private static Subject subject(Item item) {
        return item instanceof Question ? Subject.QUESTION : Subject.TEXT;
    }

    private static String label(Section section) {
        return Change.label(section.number(), plain(section.title()));
    }

    private static String label(Item item) {
        return item instanceof Question q ? Change.label(q.number(), plain(q.text()))
                : Change.label("", plain(((TextBlock) item).text()));
    }

    private static String plain(LocalizedText text) {
        return text == null ? "" : RichText.toPlainText(text.english());
    }

    private static String numberOrKey(String number, String key) {
        return number == null || number.isBlank() ? key : number;
    }

    /**
     * The keys found in both versions at another place: under another parent, or out of order among the
     * siblings that are under the same parent in both versions. Of siblings that were reordered, those
     * outside a longest common subsequence count as moved, so that moving one question up reports that
     * question only, not every question it jumped over.
     */
    private static Set<String> moved(Map<String, Placed> older, Map<String, Placed> newer) {
        Set<String> moved = new HashSet<>();
        Map<String, List<String>> olderSiblings = new HashMap<>();
        Map<String, List<String>> newerSiblings = new HashMap<>();
        older.forEach((key, was) -> {
            Placed now = newer.get(key);
            if (now == null || now.node().getClass() != was.node().getClass()) {
                return;
            }
            if (now.parent().equals(was.parent())) {
                olderSiblings.computeIfAbsent(was.parent(), p -> new ArrayList<>()).add(key);
            } else {
                moved.add(key);
            }
        });
        newer.forEach((key, now) -> {
            Placed was = older.get(key);
            if (was != null && now.node().getClass() == was.node().getClass() && now.parent().equals(was.parent())) {
                newerSiblings.computeIfAbsent(now.parent(), p -> new ArrayList<>()).add(key);
            }
        });
        olderSiblings.forEach((parent, keys) -> moved.addAll(outOfOrder(keys, newerSiblings.get(parent))));
        return moved;
    }

    /** The elements of {@code a} outside a longest common subsequence of {@code a} and {@code b}. */
    private static Collection<String> outOfOrder(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> inOrder = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                inOrder.add(a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return a.stream().filter(key -> !inOrder.contains(key)).toList();
    }

    /**
     * Where a section or item is in one version.
     *
     * @param parent {@code ""} for sections, {@code "s:key"} for items of a section, {@code "q:key"} for
     *     sub-items of a question
     * @param container how the parent reads: {@code "section I"}, {@code "8.b"}, {@code ""} for sections
     * @param position 1-based, among all its siblings
     */
    private record Placed(Object node, String parent, String container, int position) {

        String place() {
            if (parent.isEmpty()) {
                return "position " + position;
            }
            return parent.startsWith("q:") ? "position " + position + " under " + container
                    : container + " position " + position;
        }

        String describeMoveTo(Placed now) {
            if (!parent.equals(now.parent)) {
                return "moved from " + place() + " to " + now.place();
            }
            String within = now.parent.isEmpty() ? "" : now.parent.startsWith("q:") ? " under " + now.container
                    : " in " + now.container;
            return "moved from position " + position + " to position " + now.position + within;
        }
    }

    /** Where every section and item of one version is, in reading order. */
    private static final class Layout {

        final Map<String, Placed> sections = new LinkedHashMap<>();
        final Map<String, Placed> items = new LinkedHashMap<>();

        Layout(TemplateDefinition definition) {
            List<Section> all = definition.sections();
            for (int i = 0; i < all.size(); i++) {
                Section section = all.get(i);
                sections.putIfAbsent(section.key(), new Placed(section, "", "", i + 1));
                place(section.items(), "s:" + section.key(), "section " + numberOrKey(section.number(), section.key()));
            }
        }

        private void place(List<Item> children, String parent, String container) {
            for (int i = 0; i < children.size(); i++) {
                Item item = children.get(i);
                items.putIfAbsent(item.key(), new Placed(item, parent, container, i + 1));
                if (item instanceof Question q) {
                    place(q.items(), "q:" + q.key(), numberOrKey(q.number(), q.key()));
                }
            }
        }
    }

    /** Collects the fields that differ, in a readable form. */
    private static final class Fields {

        private static final ObjectWriter JSON = TemplateJson.mapper().writer()
                .without(SerializationFeature.INDENT_OUTPUT);

        private final List<FieldChange> changes = new ArrayList<>();

        /** One change per language whose text differs. */
        Fields text(String field, LocalizedText a, LocalizedText b) {
            for (Language language : Language.values()) {
                add(field, language, valueIn(a, language), valueIn(b, language));
            }
            return this;
        }

        Fields plain(String field, String a, String b) {
            add(field, null, blankToNull(a), blankToNull(b));
            return this;
        }

        /** Compared by their JSON, which is also what is shown; {@code null} and empty lists are absent. */
        Fields json(String field, Object a, Object b) {
            add(field, null, json(a), json(b));
            return this;
        }

        boolean has(String field) {
            return changes.stream().anyMatch(c -> c.field().equals(field));
        }

        List<FieldChange> list() {
            return List.copyOf(changes);
        }

        private void add(String field, Language language, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, language, before, after));
            }
        }

        private static String valueIn(LocalizedText text, Language language) {
            return text == null ? null : text.values().get(language);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static String json(Object value) {
            if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
                return null;
            }
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A template part could not be written as JSON", e);
            }
        }
    }
}

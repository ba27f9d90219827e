package org.qconsole.template.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.RichText;
import org.qconsole.template.diff.Change.ChangeType;
import org.qconsole.template.diff.Change.Subject;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** Walks both versions once, in the order {@link TemplateDiff} describes, and collects the changes. */
final class DiffWalk {

    private final TemplateDefinition older;
    private final TemplateDefinition newer;
    private final Language language;
    private final Places before;
    private final Places after;
    private final Set<String> movedSections;
    private final Set<String> movedItems;
    private final List<Change> changes = new ArrayList<>();

    /** Labels, descriptions and settings in words are in {@code language}, texts missing in it in English. */
    DiffWalk(TemplateDefinition older, TemplateDefinition newer, Language language) {
        this.older = older;
        this.newer = newer;
        this.language = language;
        this.before = new Places(older);
        this.after = new Places(newer);
        this.movedSections = Moves.moved(before.sections, after.sections);
        this.movedItems = Moves.moved(before.items, after.items);
    }

    List<Change> changes() {
        List<FieldChange> versionFields = PartFields.version(older, newer);
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
                        movedSections.contains(section.key()) ? was : null, PartFields.section(old, section));
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
            if (was == null || !was.sameKindAs(item)) {
                changes.add(added(subject(item), item.key(), label(item)));
            } else {
                Item old = (Item) was.node();
                compared(subject(item), item.key(), label(old), label(item),
                        movedItems.contains(item.key()) ? was : null, PartFields.item(old, item, language));
            }
            walkNewer(item.items());
        }
    }

    private void walkOlder(List<Item> items) {
        for (Item item : items) {
            Placed now = after.items.get(item.key());
            if (now == null || !now.sameKindAs(item)) {
                changes.add(removed(subject(item), item.key(), label(item)));
            }
            walkOlder(item.items());
        }
    }

    /** A MOVED change when {@code movedFrom} is set, then a CHANGED one when fields differ. */
    private void compared(Subject subject, String key, String olderLabel, String newerLabel, Placed movedFrom,
            List<FieldChange> fields) {
        if (movedFrom != null) {
            Placed movedTo = (subject == Subject.SECTION ? after.sections : after.items).get(key);
            changes.add(new Change(ChangeType.MOVED, subject, key, olderLabel, newerLabel, List.of(),
                    movedFrom.describeMoveTo(movedTo, language)));
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

    private static Subject subject(Item item) {
        return item instanceof Question ? Subject.QUESTION : Subject.TEXT;
    }

    private String label(Section section) {
        return Change.label(section.number(), section.title() == null ? "" : MarkedTitle.words(section.title().in(language)));
    }

    private String label(Item item) {
        return item instanceof Question q ? Change.label(q.number(), plain(q.text()))
                : Change.label("", plain(((TextBlock) item).text()));
    }

    private String plain(LocalizedText text) {
        return text == null ? "" : RichText.toPlainText(text.in(language));
    }
}

package org.qconsole.template;

import org.qconsole.model.RichText;
import java.util.List;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** Sanitizes every rich text of a version before it is stored (see {@link RichText}). */
final class RichTextCleaner {

    private RichTextCleaner() {
    }

    static TemplateDefinition clean(TemplateDefinition d) {
        return d.withIntroduction(RichText.sanitize(d.introduction())).withFootnotes(footnotes(d.footnotes()))
                .withSections(d.sections().stream().map(RichTextCleaner::section).toList());
    }

    private static Section section(Section s) {
        return new Section(s.key(), s.number(), s.title(), RichText.sanitize(s.introduction()), footnotes(s.footnotes()),
                items(s.items()), s.plugin());
    }

    private static List<Item> items(List<Item> items) {
        return items.stream().map(RichTextCleaner::item).toList();
    }

    private static Item item(Item item) {
        if (item instanceof TextBlock t) {
            return new TextBlock(t.key(), RichText.sanitize(t.text()), t.visibleWhen(), t.number(), items(t.items()));
        }
        Question q = (Question) item;
        return new Question(q.key(), q.number(), RichText.sanitize(q.text()), RichText.sanitize(q.help()), q.answer(),
                q.required(), q.requiredWhen(), q.visibleWhen(), footnotes(q.footnotes()), items(q.items()),
                q.supportingDocuments());
    }

    private static List<Footnote> footnotes(List<Footnote> footnotes) {
        return footnotes.stream().map(f -> new Footnote(f.marker(), RichText.sanitize(f.text()))).toList();
    }
}

package org.qconsole.template;

import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;

/**
 * Where a problem of a template is, and which of its texts, worded in the language of the list that shows it:
 * "Question 1.a (q1a_which)", « Section 2 (s2) », "the footnote 3".
 */
final class Places {

    static final Worded QUESTIONNAIRE = new Phrase("template.where.questionnaire");

    private Places() {
    }

    static Worded section(Section section, int index) {
        return new Phrase("template.where.section", section.number().isBlank() ? "#" + (index + 1) : section.number(),
                section.key());
    }

    static Worded item(Item item) {
        if (item instanceof Question q) {
            return q.number().isBlank() ? new Phrase("template.where.questionUnnumbered", q.key())
                    : new Phrase("template.where.question", q.number(), q.key());
        }
        return new Phrase("template.where.text", item.key());
    }

    /** A question repeated in a repeating group. */
    static Worded repeated(Worded group, String key) {
        return new Phrase("template.where.repeated", group, key);
    }

    /** An item's texts, as a problem names them. */
    static final Worded TITLE = new Phrase("template.problem.field.title");
    static final Worded INTRODUCTION = new Phrase("template.problem.field.introduction");
    static final Worded TEXT = new Phrase("template.problem.field.text");
    static final Worded HELP = new Phrase("template.problem.field.help");

    /** " at version.sections[0]" after a message: the phrase with a space before it. */
    static Worded after(Phrase phrase) {
        return language -> " " + phrase.in(language);
    }

    static Worded footnote(String marker) {
        return new Phrase("template.problem.field.footnote", marker);
    }
}

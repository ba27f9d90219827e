package org.qconsole.template.diff;

import java.util.List;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/**
 * The properties compared for each part of a questionnaire: the version itself, a section, a question, a text;
 * values in words (yes or no, answer settings) in the reader's language.
 */
final class PartFields {

    private PartFields() {
    }

    static List<FieldChange> version(TemplateDefinition a, TemplateDefinition b) {
        return new FieldDiff()
                .text("title", a.title(), b.title())
                .plain("circularReference", a.circularReference(), b.circularReference())
                .text("introduction", a.introduction(), b.introduction())
                .json("footnotes", a.footnotes(), b.footnotes())
                .list();
    }

    static List<FieldChange> section(Section a, Section b) {
        return new FieldDiff()
                .plain("number", a.number(), b.number())
                .text("title", a.title(), b.title())
                .text("introduction", a.introduction(), b.introduction())
                .json("footnotes", a.footnotes(), b.footnotes())
                .json("plugin", a.plugin(), b.plugin())
                .list();
    }

    /** Two items of the same kind (both questions or both texts). */
    static List<FieldChange> item(Item a, Item b, Language language) {
        if (a instanceof TextBlock x && b instanceof TextBlock y) {
            return new FieldDiff()
                    .plain("number", x.number(), y.number())
                    .text("text", x.text(), y.text())
                    .json("visibleWhen", x.visibleWhen(), y.visibleWhen())
                    .list();
        }
        Question x = (Question) a;
        Question y = (Question) b;
        FieldDiff fields = new FieldDiff()
                .plain("number", x.number(), y.number())
                .text("text", x.text(), y.text())
                .text("help", x.help(), y.help())
                .plain("required", yesOrNo(x.required(), language), yesOrNo(y.required(), language))
                .json("requiredWhen", x.requiredWhen(), y.requiredWhen())
                .json("visibleWhen", x.visibleWhen(), y.visibleWhen());
        AnswerSettingsDiff.compare(fields, x.answer(), y.answer(), language);
        fields.json("supportingDocuments", x.supportingDocuments(), y.supportingDocuments());
        return fields.json("footnotes", x.footnotes(), y.footnotes()).list();
    }

    private static String yesOrNo(boolean value, Language language) {
        return Messages.text(language, value ? "answer.yes" : "answer.no");
    }
}

package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.qconsole.common.Messages;
import org.qconsole.model.RichText;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** Labels in words and the small pieces of printed XHTML the kinds share. */
public final class Words {

    private Words() {
    }

    /** The localized "Yes" ({@code yes} true) or "No". */
    public static String yesNo(Language language, boolean yes) {
        return Messages.text(language, yes ? "answer.yes" : "answer.no");
    }

    /** A text without markup, in a language (English where it has no translation); "" for none. */
    public static String plain(LocalizedText text, Language language) {
        return text == null ? "" : RichText.toPlainText(text.in(language));
    }

    /** A column's or a row's label after its group's, as one line: "2022 – Men"; the label alone without one. */
    public static String grouped(LocalizedText group, LocalizedText label, Language language) {
        String plain = plain(label, language);
        return group == null || group.isEmpty() ? plain : plain(group, language) + " – " + plain;
    }

    /** The label of the option with this value; the value itself when there is no such option. */
    static String label(List<AnswerSpec.Option> options, String value, Language language) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> plain(o.label(), language)).orElse(value);
    }

    /** A value that does not fit its kind, shown as it is stored. */
    static String asStored(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static List<String> values(List<AnswerSpec.Option> options) {
        return options.stream().map(AnswerSpec.Option::value).toList();
    }

    /** A tick box with its label, printed. */
    static String box(String label) {
        return "<span class=\"box\">&#9744;</span> " + RichText.escape(RichText.toPlainText(label)) + " ";
    }

    /** One tick box per option, one per line, printed. */
    static String boxes(List<AnswerSpec.Option> options, Language language) {
        StringBuilder html = new StringBuilder();
        options.forEach(o -> html.append("<div>").append(box(o.label().in(language))).append("</div>"));
        return html.toString();
    }

    static String escaped(LocalizedText text, Language language) {
        return RichText.escape(plain(text, language));
    }
}

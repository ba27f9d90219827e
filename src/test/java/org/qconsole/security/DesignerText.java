package org.qconsole.security;

import java.util.Map;
import java.util.Set;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** Where each hostile designer text of {@link HostileResponse} sits, and the words a reader must still see. */
final class DesignerText {

    private static final Set<String> RICH = Set.of("introduction", "section introduction", "question text",
            "help text", "footnote", "text block", "formula question");

    private static final Map<String, String> VISIBLE = Map.ofEntries(Map.entry("template title", "ICT"),
            Map.entry("introduction", "Intro"), Map.entry("section title", "General"),
            Map.entry("section introduction", "Section intro"), Map.entry("question text", "Authority name"),
            Map.entry("help text", "Some help"), Map.entry("footnote", "the note"), Map.entry("option label", "Email"),
            Map.entry("other label", "Other"), Map.entry("grid row label", "2023"), Map.entry("column label", "Note"),
            Map.entry("text block", "Thanks"), Map.entry("plugin section title", "Contact"),
            Map.entry("formula question", "How many?"));

    private DesignerText() {
    }

    /** Rich text (a small HTML subset, sanitized) rather than plain text (shown escaped). */
    static boolean isRich(String where) {
        return RICH.contains(where);
    }

    static String visibleWords(String where) {
        return VISIBLE.get(where);
    }

    /** The text as stored in the published version. */
    static String in(TemplateDefinition d, String where) {
        var general = d.sections().get(0);
        Question first = d.questions().get(0);
        return switch (where) {
            case "template title" -> d.title().english();
            case "introduction" -> d.introduction().english();
            case "section title" -> general.title().english();
            case "section introduction" -> general.introduction().english();
            case "question text" -> first.text().english();
            case "help text" -> first.help().english();
            case "footnote" -> first.footnotes().get(0).text().english();
            case "option label" -> multi(d).options().get(0).label().english();
            case "other label" -> multi(d).otherLabel().english();
            case "grid row label" -> grid(d).rows().get(0).label().english();
            case "column label" -> grid(d).columns().get(0).label().english();
            case "text block" -> general.items().stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast)
                    .findFirst().orElseThrow().text().english();
            case "plugin section title" -> d.sections().get(1).title().english();
            case "formula question" -> question(d, "q_long").text().english();
            default -> throw new IllegalArgumentException(where);
        };
    }

    private static AnswerSpec.MultipleChoice multi(TemplateDefinition d) {
        return (AnswerSpec.MultipleChoice) question(d, "q_multi").answer();
    }

    private static AnswerSpec.Grid grid(TemplateDefinition d) {
        return (AnswerSpec.Grid) question(d, "q_grid").answer();
    }

    private static Question question(TemplateDefinition d, String key) {
        return d.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }
}

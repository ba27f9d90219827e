package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.qconsole.common.Messages;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;
import org.qconsole.model.Visibility;
import org.qconsole.questionnaire.PublishedQuestionnaire;

/**
 * A questionnaire as an HTML page for print: blank (boxes to tick and lines to write on, every item
 * shown) or with a country's answers (hidden items left out), footnotes with their links, and the
 * secretariat's review comments beside the questions.
 */
final class QuestionnaireHtml {

    private final PublishedQuestionnaire questionnaire;
    private final TemplateDefinition definition;
    private final Language language;
    private final Map<String, JsonNode> answers;
    private final Map<String, String> comments;
    private final StringBuilder html = new StringBuilder();
    private Visibility visibility;

    /**
     * @param answers null for the blank questionnaire
     */
    QuestionnaireHtml(PublishedQuestionnaire questionnaire, Language language, Map<String, JsonNode> answers,
            Map<String, String> comments) {
        this.questionnaire = questionnaire;
        this.definition = questionnaire.definition();
        this.language = language;
        this.answers = answers;
        this.comments = comments;
    }

    String render(String heading) {
        visibility = answers == null ? null : questionnaire.visibility(answers);
        html.append("<html lang=\"").append(language.code()).append("\" dir=\"")
                .append(language.rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\"/><style>")
                .append(STYLE).append("</style></head><body>");
        if (!heading.isBlank()) {
            html.append("<p class=\"heading\">").append(RichText.escape(heading)).append("</p>");
        }
        if (!definition.circularReference().isBlank()) {
            html.append("<p class=\"reference\">").append(RichText.escape(definition.circularReference())).append("</p>");
        }
        html.append("<h1>").append(RichText.escape(definition.title().in(language))).append("</h1>");
        rich(definition.introduction(), "introduction");
        footnotes(definition.footnotes());
        definition.sections().forEach(this::section);
        return html.append("</body></html>").toString();
    }

    private void section(Section section) {
        html.append("<h2>").append(section.headingHtml(language)).append("</h2>");
        rich(section.introduction(), "introduction");
        footnotes(section.footnotes());
        if (section.plugin() != null) {
            answer(section.key());
        }
        section.items().forEach(this::item);
    }

    /** The answer area of a question or plugin section: as its slot prints it. */
    private void answer(String key) {
        questionnaire.slot(key).ifPresent(slot -> html.append("<div class=\"answer\">")
                .append(slot.html(answers == null ? null : answers.get(key), answers == null, language))
                .append("</div>"));
    }

    private void item(Item item) {
        if (visibility != null && !visibility.isShown(item.key())) {
            return;
        }
        if (item instanceof TextBlock text) {
            if (text.number().isBlank()) {
                rich(text.text(), "text");
            } else {
                html.append("<div class=\"question\"><p class=\"question-text\"><b>")
                        .append(RichText.escape(text.number())).append("</b> ")
                        .append(RichText.sanitize(text.text().in(language))).append("</p>");
            }
            text.items().forEach(this::item);
            html.append(text.number().isBlank() ? "" : "</div>");
            return;
        }
        Question q = (Question) item;
        html.append("<div class=\"question\"><p class=\"question-text\">");
        if (!q.number().isBlank()) {
            html.append("<b>").append(RichText.escape(q.number())).append("</b> ");
        }
        html.append(RichText.sanitize(q.text().in(language)));
        if (q.required()) {
            html.append(" <span class=\"required\">*</span>");
        }
        html.append("</p>");
        rich(q.help(), "help");
        answer(q.key());
        if (q.supportingDocuments() != null) {
            html.append("<div class=\"help\">").append(Messages.text(language, "export.pdf.supportingDocuments"))
                    .append("</div>");
            answer(q.documentsKey());
        }
        if (comments.containsKey(q.key())) {
            html.append("<p class=\"comment\">").append(Messages.text(language, "export.pdf.secretariatComment",
                    RichText.escape(comments.get(q.key())))).append("</p>");
        }
        footnotes(q.footnotes());
        q.items().forEach(this::item);
        html.append("</div>");
    }


    private void rich(LocalizedText text, String className) {
        if (text != null && !text.isEmpty()) {
            html.append("<div class=\"").append(className).append("\">").append(RichText.sanitize(text.in(language)))
                    .append("</div>");
        }
    }

    private void footnotes(List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        html.append("<div class=\"footnotes\">");
        for (Footnote footnote : footnotes) {
            html.append("<div><sup>").append(RichText.escape(footnote.marker())).append("</sup> ")
                    .append(RichText.sanitize(footnote.text() == null ? "" : footnote.text().in(language))).append("</div>");
        }
        html.append("</div>");
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; @bottom-center { content: counter(page) " / " counter(pages);
              font-family: 'DejaVu Sans'; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
            h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; border-bottom: 0.5pt solid #999; }
            .heading { font-size: 9pt; color: #444; } .reference { text-align: right; font-size: 9pt; }
            .question { margin: 8pt 0; page-break-inside: avoid; }
            .question .question { margin-left: 14pt; margin-right: 0; }
            [dir=rtl] .question .question { margin-left: 0; margin-right: 14pt; }
            .help, .note { color: #555; font-size: 8.5pt; }
            .answer { margin: 3pt 0 3pt 12pt; }
            .box { font-size: 11pt; } .required { color: #b00; }
            .line { display: inline-block; width: 70%; border-bottom: 0.5pt solid #777; height: 12pt; }
            .lines { height: 60pt; border: 0.5pt solid #999; }
            table.grid { border-collapse: collapse; margin: 3pt 0; }
            table.grid th, table.grid td { border: 0.5pt solid #999; padding: 2pt 5pt; min-width: 30pt; font-size: 8.5pt; }
            table.grid td.none { background: #eee; }
            .comment { background: #fff4d6; padding: 3pt; font-size: 8.5pt; }
            .footnotes { font-size: 7.5pt; color: #333; margin-top: 3pt; }
            a { color: #1a4f8b; }
            """;
}

package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.qconsole.common.Messages;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Response;
import org.qconsole.response.ResponsePdf;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.template.QuestionnairePdf;
import org.qconsole.template.TemplateService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires as PDF: the blank questionnaire of a version (to circulate inside a ministry before
 * answering) and one country's response with footnotes and review comments. Text is set in DejaVu Sans
 * (Latin, Cyrillic, Arabic), Arabic shaped and laid out right to left.
 */
@Service
@Transactional(readOnly = true)
public class PdfService implements QuestionnairePdf, ResponsePdf {

    private static final Logger log = LoggerFactory.getLogger(PdfService.class);

    private final TemplateService templates;
    private final AnswerService answers;
    private final ResponseWorkflow workflow;
    private final File fontDirectory;

    PdfService(TemplateService templates, AnswerService answers, ResponseWorkflow workflow,
            @Value("${console.pdf.font-directory:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
        this.templates = templates;
        this.answers = answers;
        this.workflow = workflow;
        this.fontDirectory = new File(fontDirectory);
        if (!new File(this.fontDirectory, "DejaVuSans.ttf").isFile()) {
            log.warn("No DejaVuSans.ttf in {} (console.pdf.font-directory): PDFs will lack non-Latin glyphs."
                    + " On Debian: apt-get install fonts-dejavu-core", fontDirectory);
        }
    }

    /** The blank questionnaire of a published version. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    public byte[] blank(long versionId, Language language) {
        return render(templates.published(versionId), language, null, Map.of(), "");
    }

    /** The blank questionnaire of an assignment, for whoever may open it (a country: its own only). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public byte[] blankForAssignment(long assignmentId, Language language) {
        Response response = answers.open(assignmentId);
        return render(response.published(), language, null, Map.of(), response.assignment().campaignTitle());
    }

    /** One country's response as it stands, with the secretariat's comments. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public byte[] response(long assignmentId, Language language) {
        Response response = answers.open(assignmentId);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        response.answers().forEach((key, stored) -> values.put(key, stored.value()));
        Map<String, String> comments = new LinkedHashMap<>();
        workflow.comments(assignmentId).forEach(c -> comments.merge(c.questionKey(), c.comment(), (a, b) -> a + " · " + b));
        var a = response.assignment();
        String heading = a.campaignTitle() + " · " + a.country().label(Locale.forLanguageTag(language.code())) + " · "
                + Messages.text(language, a.status().messageKey());
        return render(response.published(), language, values, comments, heading);
    }

    private byte[] render(PublishedQuestionnaire questionnaire, Language language, Map<String, JsonNode> values,
            Map<String, String> comments, String heading) {
        String html = new QuestionnaireHtml(questionnaire, language, values, comments).render(heading);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(language.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "/");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private void font(PdfRendererBuilder builder, String file, int weight) {
        File font = new File(fontDirectory, file);
        if (font.isFile()) {
            builder.useFont(font, "DejaVu Sans", weight, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
    }
}

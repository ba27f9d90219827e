package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.ShippedTemplates;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed questionnaire as PDF: blank in English and Arabic, and Sweden's response with an Arabic answer. */
@ConsoleTest
class PdfServiceTest {

    private static final String ARABIC = "نستخدم منصة آمنة لتبادل المعلومات";

    @Autowired
    PdfService pdfs;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ConsoleOidcUserService users;

    private long version;
    private long sweden;

    @BeforeEach
    void sendTheSeedToSweden() {
        SignIn.as(users, "secretariat");
        // The seed under a code of its own: the shipped code ICT-2023 belongs to the demo data.
        String seed = new String(ShippedTemplates.ICT_2023.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"code\": \"ICT-2023\"", "\"code\": \"PDF-" + java.util.UUID.randomUUID().toString()
                        .substring(0, 8) + "\"");
        version = templates.publish(templates.importFile(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .id()).id();
        long campaign = assignments.create(new NewCampaign(version, "ICT in print", "", LocalDate.now().plusDays(30),
                Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theBlankSeedQuestionnaireHasEveryQuestionAndItsFootnoteLinks() throws IOException {
        SignIn.as(users, "manager");
        try (PDDocument pdf = Loader.loadPDF(pdfs.blank(version, Language.EN))) {
            String text = text(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("CU 2023/187/DTA/CEB/CSS", "Has the Government used information and communication",
                    "GlobE", "https://www.unodc.org");
            assertThat(fonts(pdf)).anyMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void arabicIsShapedAndLaidOutRightToLeft() throws IOException {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q2_useful_icts", TextNode.valueOf(ARABIC), 0);
        SignIn.as(users, "secretariat");
        byte[] inArabic = pdfs.blank(version, Language.AR);
        byte[] response = pdfs.response(sweden, Language.EN);

        try (PDDocument pdf = Loader.loadPDF(response)) {
            assertThat(arabicReadings(text(pdf))).anyMatch(letters -> letters.contains(arabicReadings(ARABIC).get(0)));
            assertThat(text(pdf)).contains("Sweden (SWE)");
        }
        try (PDDocument pdf = Loader.loadPDF(inArabic)) {
            assertThat(arabicReadings(text(pdf))).anyMatch(letters -> letters.contains("نعم"));
        }
    }

    @Test
    void aResponseShowsTheSecretariatsComments() throws IOException {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_ict_used", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q4_evaluated", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q6_challenges", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q8_globe_member", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q8b_threema_registered", TextNode.valueOf("no"), 0);
        workflow.submit(sweden);
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, Map.of("q1_ict_used", "Your 2021 report mentions SIENA."), "");

        SignIn.as(users, "swe.focal");
        try (PDDocument pdf = Loader.loadPDF(pdfs.response(sweden, Language.EN))) {
            assertThat(text(pdf)).contains("Secretariat: Your 2021 report mentions SIENA.");
        }
        try (PDDocument pdf = Loader.loadPDF(pdfs.response(sweden, Language.FR))) {
            assertThat(text(pdf)).as("the print's own words follow its language")
                    .contains("Suède (SWE) · Renvoyé", "Secrétariat : Your 2021 report mentions SIENA.")
                    .doesNotContain("Returned", "Secretariat:");
        }
        SignIn.as(users, "fra.focal");
        assertThatThrownBy(() -> pdfs.response(sweden, Language.EN)).isInstanceOf(AssignmentException.class);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /**
     * The Arabic letters of a text, as base letters, in logical order: shaping turns letters into
     * presentation forms (NFKC maps them back) and a PDF may hold them in visual order.
     */
    private static List<String> arabicReadings(String text) {
        String letters = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^\\u0600-\\u06FF]", "");
        return List.of(letters, new StringBuilder(letters).reverse().toString());
    }

    private static List<String> fonts(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }
}

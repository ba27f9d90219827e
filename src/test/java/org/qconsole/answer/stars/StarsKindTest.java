package org.qconsole.answer.stars;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.export.PdfService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A kind of answer defined only in the tests ({@link Stars}) goes through import, fill-in, the server's check,
 * completion, export and PDF like the console's own kinds: adding a kind touches no other main file.
 */
class StarsKindTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ExportService exports;
    @Autowired
    PdfService pdfs;
    @Autowired
    ConsoleOidcUserService users;

    private long version;
    private long campaign;
    private long sweden;

    @BeforeEach
    void sendAStarsQuestionnaireToSweden() {
        SignIn.as(users, "secretariat");
        Question stars = new Question("q_stars", "1", LocalizedText.en("How useful was the last review?"),
                LocalizedText.EMPTY, new Stars(5), true, null, null, List.of(), List.of());
        TemplateDefinition definition = TemplateFixtures.withItems(TemplateFixtures.everyKind(), List.of(stars));
        version = TemplateFixtures.publish(templates, "STARS", definition).id();
        campaign = assignments.create(new NewCampaign(version, "Stars", "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.out();
    }

    @Test
    void theTemplateFormatReadsAndWritesTheKindUnderItsOwnName() throws Exception {
        SignIn.as(users, "secretariat");
        TemplateDefinition published = templates.version(version).definition();
        String json = TemplateJson.write(published);
        assertThat(json).contains("\"kind\" : \"stars\"").contains("\"max\" : 5");
        assertThat(TemplateJson.readDefinition(json)).isEqualTo(published);
    }

    @Test
    void aRespondentGivesStarsTheServerChecksThemAndEveryOutputShowsThem() throws Exception {
        signInAs("swe.contributor");
        UI.getCurrent().navigate("response/" + sweden);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> field = _get(RadioButtonGroup.class, s -> s.withId("answer-q_stars"));
        _setValue(field, 4);
        assertThat(_get(Span.class, s -> s.withId("response-status")).getText()).isEqualTo("All answers saved");

        var saved = answers.open(sweden).answers().get("q_stars");
        assertThat(saved.value()).isEqualTo(IntNode.valueOf(4));
        SaveOutcome forged = answers.save(sweden, "q_stars", IntNode.valueOf(9), saved.revision());
        assertThat(forged).isEqualTo(new SaveOutcome.Invalid("Give 1 to 5 stars."));

        SignIn.as(users, "secretariat");
        assertThat(dashboards.dashboard(campaign).countries().get(0).percent()).as("completion").isEqualTo(100);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.CSV, csv, rows -> { });
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("completion,q_stars")
                .contains("4 of 5 stars");
        try (PDDocument pdf = Loader.loadPDF(pdfs.response(sweden, Language.EN))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("4 of 5 stars");
        }
    }

    @Test
    void theDesignChecksTheKindsSettings() {
        SignIn.as(users, "secretariat");
        Question tooMany = new Question("q_stars", "1", LocalizedText.en("Rate"), LocalizedText.EMPTY, new Stars(50),
                false, null, null, List.of(), List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TemplateFixtures.publish(templates, "STARS",
                TemplateFixtures.withItems(TemplateFixtures.everyKind(), List.of(tooMany))))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.message().contains("has 50 stars; use 2 to 10")));
    }
}

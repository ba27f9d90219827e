package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Footnote;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.SupportingDocuments;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.template.TemplateFixtures;

/** What the PDF prints of a section's footnote marker and of a numbered heading over its sub-questions. */
class QuestionnaireHtmlTest {

    private static final Question LAW = TemplateFixtures.question("q4", "4", "Is there a law?", new AnswerSpec.YesNo(),
            List.of());
    private static final TextBlock HEADING = new TextBlock("h5", LocalizedText.en("Regarding the law:"),
            new Condition.Equals("q4", TextNode.valueOf("yes")), "5", List.of(TemplateFixtures.question("q5a", "(a)",
                    "Since when?", new AnswerSpec.DateAnswer(null, null), List.of())));
    private static final PublishedQuestionnaire QUESTIONNAIRE = PublishedQuestionnaire.of(new TemplateDefinition(
            LocalizedText.en("Laws"), "", null, List.of(), List.of(new Section("s1", "I",
                    LocalizedText.en("Legal framework<sup>1</sup>"), null, List.of(new Footnote("1",
                            LocalizedText.en("See resolution 6/7."))), List.of(LAW, HEADING), null))));

    @Test
    void theBlankFormPrintsTheTitlesMarkerAndTheHeadingWithItsSubQuestion() {
        String html = new QuestionnaireHtml(QUESTIONNAIRE, Language.EN, null, Map.of()).render("Laws");

        assertThat(html).contains("<h2>I. Legal framework<sup>1</sup></h2>", "<b>5</b> Regarding the law:",
                "<b>(a)</b> Since when?");
    }

    @Test
    void aResponseLeavesOutAHeadingThatIsHiddenWithItsSubQuestions() {
        String html = new QuestionnaireHtml(QUESTIONNAIRE, Language.EN, Map.of("q4", TextNode.valueOf("no")), Map.of())
                .render("Laws");

        assertThat(html).contains("Is there a law?").doesNotContain("Regarding the law:", "Since when?");
    }

    @Test
    void thePrintsOwnWordsAreInTheQuestionnairesLanguage() {
        Question counted = TemplateFixtures.question("q6", "6", "Requests", new AnswerSpec.Grid(
                List.of(new AnswerSpec.Row("y2023", LocalizedText.en("2023"))),
                List.of(new AnswerSpec.Column("sent", LocalizedText.en("Sent"), AnswerSpec.ColumnType.NUMBER, List.of())
                        .withTotal(true)), false), List.of());
        Question documented = new Question("q7", "7", LocalizedText.en("Your law"), null, new AnswerSpec.YesNo(),
                false, null, null, List.of(), List.of(), new SupportingDocuments(2));
        PublishedQuestionnaire printed = PublishedQuestionnaire.of(new TemplateDefinition(LocalizedText.en("Laws"), "",
                null, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Law"), null, List.of(),
                        List.of(counted, documented), null))));

        String blank = new QuestionnaireHtml(printed, Language.RU, null, Map.of()).render("");
        String answered = new QuestionnaireHtml(printed, Language.FR, Map.of("q7", TextNode.valueOf("yes")),
                Map.of("q7", "Joignez la loi.")).render("");

        assertThat(blank).contains("<th>Итого</th>", "Подтверждающие документы", "Да",
                "Приложенные файлы (название и описание):").doesNotContain("Total",
                "Supporting documents", "Yes", "Files attached");
        assertThat(answered).contains("Secrétariat : Joignez la loi.", "Pièces justificatives", "Oui")
                .doesNotContain("Secretariat:", "Supporting documents");
    }
}

package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.questionnaire.AnswerProblem;
import org.qconsole.questionnaire.MissingAnswer;

/** What the focal point reads when a submission is refused, counted, in the page's language. */
class SubmissionRefusedTest {

    private static final MissingAnswer MISSING = new MissingAnswer("q1", "1", language -> "Do you use ICT?");
    private static final AnswerProblem WRONG = new AnswerProblem("q5", "5", language -> "Cases", language -> "Enter a whole number.");

    @Test
    void oneOrManyInEnglishAsBefore() {
        assertThat(new SubmissionRefused(List.of(MISSING)).getMessage())
                .isEqualTo("1 required question is not answered yet.");
        assertThat(new SubmissionRefused(List.of(MISSING, MISSING, MISSING), List.of(WRONG)).getMessage())
                .isEqualTo("3 required questions are not answered yet. 1 answer needs correcting.");
        assertThat(new SubmissionRefused(List.of(), List.of(WRONG, WRONG)).getMessage())
                .isEqualTo("2 answers need correcting.");
    }

    @Test
    void inTheOtherLanguages() {
        SubmissionRefused refused = new SubmissionRefused(List.of(MISSING, MISSING), List.of(WRONG));

        assertThat(refused.reason(Language.FR)).isEqualTo(
                "2 questions obligatoires n’ont pas encore de réponse. 1 réponse doit être corrigée.");
        assertThat(refused.reason(Language.ES)).isEqualTo(
                "2 preguntas obligatorias aún no tienen respuesta. 1 respuesta debe corregirse.");
        assertThat(refused.reason(Language.RU)).isEqualTo(
                "Обязательных вопросов без ответа: 2. Ответов, требующих исправления: 1.");
        assertThat(refused.reason(Language.ZH)).isEqualTo("还有 2 个必答问题未回答。 有 1 个答复需要更正。");
        assertThat(refused.reason(Language.AR)).as("in Arabic digits, as the console's other numbers in Arabic")
                .isEqualTo("عدد الأسئلة الإلزامية التي لم يُجب عنها بعد: ٢. عدد الإجابات التي تحتاج إلى تصحيح: ١.");
    }
}

package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.template.RichText;
import org.qconsole.template.model.Answers;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.TemplateDefinition;

/**
 * Which required questions are still unanswered. A question counts only when it is shown: its own
 * condition and its parents' hold. Answers to hidden questions are kept but neither count nor block.
 */
final class RequiredAnswers {

    private RequiredAnswers() {
    }

    static List<MissingAnswer> missing(TemplateDefinition questionnaire, Map<String, JsonNode> given) {
        Answers answers = key -> Optional.ofNullable(given.get(key));
        List<MissingAnswer> missing = new ArrayList<>();
        questionnaire.sections().forEach(section -> visit(section.items(), answers, missing));
        return missing;
    }

    private static void visit(List<Item> items, Answers answers, List<MissingAnswer> missing) {
        for (Item item : items) {
            if (item.visibleWhen() != null && !item.visibleWhen().test(answers)) {
                continue;
            }
            if (item instanceof Question q) {
                boolean answered = answers.get(q.key()).map(Answers::isAnswered).orElse(false);
                if (q.isRequired(answers) && !answered) {
                    missing.add(new MissingAnswer(q.key(), q.number(), RichText.toPlainText(q.text().english())));
                }
                visit(q.items(), answers, missing);
            }
        }
    }
}

package org.qconsole.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;
import org.qconsole.template.ui.OutlineEdits.Outcome;

/** Where the designer's buttons put a new section or item, and what is selected after each edit. */
class OutlineEditsTest {

    private static final Path SECTION = Path.ofSection(0);
    private static final Path FIRST = SECTION.child(0);

    @Test
    void aQuestionNeedsASectionAndGoesAtTheEndOfTheLastOneWhenNothingIsSelected() {
        TemplateDefinition empty = TemplateDefinition.empty("Empty");
        assertThat(OutlineEdits.addItem(empty, null, false, false).refusal()).isEqualTo("template.outline.refusal.section");

        Outcome two = OutlineEdits.addSection(OutlineEdits.addSection(empty, null).definition(), null);
        assertThat(two.select()).isEqualTo(Path.ofSection(1));
        Outcome question = OutlineEdits.addItem(two.definition(), null, false, false);

        assertThat(question.select()).isEqualTo(Path.ofSection(1).child(0));
        assertThat(DraftEditor.item(question.definition(), question.select())).isInstanceOf(Question.class);
        assertThat(question.definition().sections().get(0).items()).isEmpty();
    }

    @Test
    void aNewItemGoesRightAfterTheSelectedOneAndASubQuestionUnderTheSelectedQuestion() {
        TemplateDefinition draft = withTwoQuestions();

        Outcome text = OutlineEdits.addItem(draft, FIRST, true, false);
        assertThat(text.select()).isEqualTo(SECTION.child(1));
        assertThat(DraftEditor.item(text.definition(), text.select())).isInstanceOf(TextBlock.class);
        assertThat(keys(text.definition())).containsExactly("q", "text", "q_2");

        Outcome sub = OutlineEdits.addItem(draft, FIRST, false, true);
        assertThat(sub.select()).isEqualTo(FIRST.child(0));
        assertThat(((Question) DraftEditor.item(sub.definition(), FIRST)).items()).extracting(Item::key)
                .containsExactly("q_3");
    }

    @Test
    void aSubQuestionIsRefusedUnderASectionOrATextBlock() {
        TemplateDefinition draft = OutlineEdits.addItem(withTwoQuestions(), FIRST, true, false).definition();

        assertThat(OutlineEdits.addItem(draft, SECTION, false, true).refusal())
                .isEqualTo("template.outline.refusal.subquestion");
        assertThat(OutlineEdits.addItem(draft, SECTION.child(1), false, true).refusal())
                .isEqualTo("template.outline.refusal.subquestion");
    }

    @Test
    void aNumberedTextIsAHeadingThatTakesSubQuestionsAndKeepsThemWhenDuplicated() {
        TemplateDefinition draft = OutlineEdits.addItem(withTwoQuestions(), FIRST, true, false).definition();
        TextBlock text = (TextBlock) DraftEditor.item(draft, SECTION.child(1));
        draft = DraftEditor.replaceItem(draft, SECTION.child(1), new TextBlock(text.key(), text.text(), null, "5",
                List.of()));

        Outcome sub = OutlineEdits.addItem(draft, SECTION.child(1), false, true);

        assertThat(sub.select()).isEqualTo(SECTION.child(1).child(0));
        assertThat(DraftEditor.item(sub.definition(), SECTION.child(1)).items()).extracting(Item::key)
                .containsExactly("q_3");
        Outcome copy = OutlineEdits.duplicate(sub.definition(), SECTION.child(1));
        assertThat(DraftEditor.item(copy.definition(), SECTION.child(2)).items()).extracting(Item::key)
                .containsExactly("q_3_copy");
    }

    @Test
    void theSelectionFollowsAMoveAndStaysAtTheEdge() {
        TemplateDefinition draft = withTwoQuestions();

        Outcome down = OutlineEdits.move(draft, FIRST, 1);
        assertThat(down.select()).isEqualTo(SECTION.child(1));
        assertThat(keys(down.definition())).containsExactly("q_2", "q");
        assertThat(OutlineEdits.move(draft, FIRST, -1).select()).isEqualTo(FIRST);
        assertThat(OutlineEdits.move(draft, SECTION, 1).select()).as("the only section").isEqualTo(SECTION);
    }

    @Test
    void aDuplicateIsSelectedAndADeletionSelectsTheDetails() {
        TemplateDefinition draft = withTwoQuestions();

        Outcome copy = OutlineEdits.duplicate(draft, FIRST);
        assertThat(copy.select()).isEqualTo(SECTION.child(1));
        assertThat(keys(copy.definition())).containsExactly("q", "q_copy", "q_2");
        Outcome deleted = OutlineEdits.delete(draft, FIRST);
        assertThat(deleted.select()).isNull();
        assertThat(keys(deleted.definition())).containsExactly("q_2");
    }

    @Test
    void editsThatNeedASelectionDoNothingWithoutOne() {
        TemplateDefinition draft = withTwoQuestions();

        assertThat(OutlineEdits.move(draft, null, 1).changed()).isFalse();
        assertThat(OutlineEdits.duplicate(draft, SECTION).changed()).isFalse();
        assertThat(OutlineEdits.delete(draft, null)).satisfies(o -> {
            assertThat(o.changed()).isFalse();
            assertThat(o.refusal()).isNull();
        });
    }

    /** One section with the questions q and q_2, as the buttons make them. */
    private static TemplateDefinition withTwoQuestions() {
        TemplateDefinition draft = OutlineEdits.addSection(TemplateDefinition.empty("Draft"), null).definition();
        draft = OutlineEdits.addItem(draft, SECTION, false, false).definition();
        return OutlineEdits.addItem(draft, FIRST, false, false).definition();
    }

    private static java.util.List<String> keys(TemplateDefinition draft) {
        return draft.sections().get(0).items().stream().map(Item::key).toList();
    }
}

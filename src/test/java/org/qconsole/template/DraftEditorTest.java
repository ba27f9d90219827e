package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** The designer's structural edits keep everything else as it was. */
class DraftEditorTest {

    private final TemplateDefinition fixture = TemplateFixtures.everyKind();
    private final Path first = Path.ofSection(0).child(0);

    @Test
    void addsASubQuestionUnderAQuestion() {
        Item sub = TemplateFixtures.question("q1b_more", "1.b", "More?", new org.qconsole.model.AnswerSpec.YesNo(),
                List.of());

        TemplateDefinition edited = DraftEditor.addItem(fixture, first, 5, sub);

        assertThat(((Question) DraftEditor.item(edited, first)).items()).extracting(Item::key)
                .containsExactly("q1a_which", "q1b_more");
        assertThat(edited.questions()).hasSize(fixture.questions().size() + 1);
    }

    @Test
    void movesAnItemAmongItsSiblingsAndNotBeyond() {
        TemplateDefinition down = DraftEditor.moveItem(fixture, first, 1);

        assertThat(keys(down)).startsWith("q2_tool", "q1_used");
        assertThat(DraftEditor.moveItem(fixture, first, -1)).isSameAs(fixture);
    }

    @Test
    void duplicatesWithFreshKeysForTheItemAndItsSubItems() {
        TemplateDefinition copied = DraftEditor.duplicateItem(fixture, first);

        Question copy = (Question) DraftEditor.item(copied, first.withLast(1));
        assertThat(copy.key()).isEqualTo("q1_used_copy");
        assertThat(copy.items()).extracting(Item::key).containsExactly("q1a_which_copy");
        assertThat(copy.text()).isEqualTo(((Question) DraftEditor.item(fixture, first)).text());
        assertThat(TemplateValidator.validate(copied)).noneMatch(p -> p.message().contains("already uses"));
    }

    @Test
    void replacesAndRemovesItemsAndSections() {
        TemplateDefinition replaced = DraftEditor.replaceItem(fixture, Path.ofSection(0).child(8),
                new TextBlock("t9_thanks", LocalizedText.en("Many thanks."), null));
        assertThat(((TextBlock) DraftEditor.item(replaced, Path.ofSection(0).child(8))).text().english())
                .isEqualTo("Many thanks.");

        TemplateDefinition removed = DraftEditor.removeItem(fixture, first.child(0));
        assertThat(((Question) DraftEditor.item(removed, first)).items()).isEmpty();

        TemplateDefinition twoSections = DraftEditor.addSection(fixture, 1, new Section("s2", "II",
                LocalizedText.en("Other"), LocalizedText.EMPTY, List.of(), List.of(), null));
        assertThat(DraftEditor.moveSection(twoSections, 1, -1).sections()).extracting(Section::key)
                .containsExactly("s2", "s1_general");
        assertThat(DraftEditor.removeSection(twoSections, 0).sections()).extracting(Section::key).containsExactly("s2");
    }

    @Test
    void freshKeysNeverCollide() {
        assertThat(DraftEditor.freshKey(fixture, "q3_name")).isEqualTo("q3_name_2");
        assertThat(DraftEditor.freshKey(fixture, "brand_new")).isEqualTo("brand_new");
    }

    private static List<String> keys(TemplateDefinition d) {
        return d.sections().get(0).items().stream().map(Item::key).toList();
    }
}

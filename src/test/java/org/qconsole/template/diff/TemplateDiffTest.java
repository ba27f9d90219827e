package org.qconsole.template.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;
import org.qconsole.template.diff.Change.ChangeType;
import org.qconsole.template.diff.Change.Subject;

class TemplateDiffTest {

    private static final Condition Q1_YES = new Condition.Equals("q1", TextNode.valueOf("yes"));

    @Test
    void identicalVersionsHaveNoChanges() {
        TemplateDiff diff = TemplateDiff.between(version("CU 2023/1", sectionOne(q1(), text(), q2()), sectionTwo(q3(), q4())),
                version("CU 2023/1", sectionOne(q1(), text(), q2()), sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
    }

    @Test
    void rewordedQuestionGivesOneChangePerLanguage() {
        Question reworded = question("q2", "2", new LocalizedText(Map.of(Language.EN, "Name of the <i>central</i> authority",
                Language.FR, "Nom de l'autorité centrale")), new AnswerSpec.ShortText(200), null);

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text(), reworded),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.subject()).isEqualTo(Subject.QUESTION);
            assertThat(change.key()).isEqualTo("q2");
            assertThat(change.olderLabel()).isEqualTo("2 Name of the authority");
            assertThat(change.newerLabel()).isEqualTo("2 Name of the central authority");
            assertThat(change.fields()).extracting(FieldChange::field, FieldChange::language, FieldChange::before,
                    FieldChange::after).containsExactly(
                            tuple("text", Language.EN, "Name of the authority", "Name of the <i>central</i> authority"),
                            tuple("text", Language.FR, null, "Nom de l'autorité centrale"));
        });
    }

    @Test
    void newQuestionIsAdded() {
        Question q5 = question("q5", "5", LocalizedText.en("Any other comments?"), new AnswerSpec.LongText(null), null);

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text(), q2()),
                sectionTwo(q3(), q4(), q5)), Language.EN);

        assertThat(diff.changes()).extracting(Change::type, Change::subject, Change::key, Change::olderLabel,
                Change::newerLabel).containsExactly(tuple(ChangeType.ADDED, Subject.QUESTION, "q5", null,
                        "5 Any other comments?"));
        assertThat(diff.added()).hasSize(1);
    }

    @Test
    void removedTextBlockIsRemoved() {
        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).extracting(Change::type, Change::subject, Change::key, Change::olderLabel,
                Change::newerLabel).containsExactly(tuple(ChangeType.REMOVED, Subject.TEXT, "t1",
                        "Please elaborate as necessary.", null));
    }

    @Test
    void questionMovedToAnotherSectionIsMovedOnly() {
        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text()),
                sectionTwo(q2(), q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.MOVED);
            assertThat(change.key()).isEqualTo("q2");
            assertThat(change.description()).isEqualTo("moved from section I position 3 to section II position 1");
        });
    }

    @Test
    void oneQuestionMovedUpIsTheOnlyMove() {
        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q2(), q1(), text()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.moved()).extracting(Change::key, Change::description)
                .containsExactly(tuple("q2", "moved from position 3 to position 1 in section I"));
        assertThat(diff.changes()).hasSize(1);
    }

    @Test
    void movedAndRenumberedGivesBothChangesInReadingOrder() {
        Question renumbered = question("q4", "3", LocalizedText.en("Please describe your cooperation."),
                new AnswerSpec.LongText(null), null);
        Question q1WithQ4 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a(), renumbered));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1WithQ4, text(), q2()),
                sectionTwo(q3())), Language.EN);

        assertThat(diff.changes()).extracting(Change::type, Change::key, Change::description).containsExactly(
                tuple(ChangeType.MOVED, "q4", "moved from section II position 2 to position 2 under 1"),
                tuple(ChangeType.CHANGED, "q4", null));
        assertThat(diff.changed().get(0).fields()).extracting(FieldChange::field, FieldChange::before,
                FieldChange::after).containsExactly(tuple("number", "4", "3"));
    }

    @Test
    void optionsAddedChangeTheAnswer() {
        Question q1a = new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email"), option("video", "Video"), option("ai", "Artificial intelligence")),
                false, null, Q1_YES, List.of(), List.of());
        Question q1 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1, text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.key()).isEqualTo("q1a");
            assertThat(change.fields()).extracting(FieldChange::field).containsExactly("answer", "answer.options");
            FieldChange answer = change.fields().get(0);
            assertThat(answer.before()).doesNotContain("\n").contains("\"kind\":\"multipleChoice\"")
                    .doesNotContain("\"ai\"");
            assertThat(answer.after()).contains("\"value\":\"ai\"");
            assertThat(change.fields().get(1).after()).isEqualTo(
                    "email = Email; video = Video; ai = Artificial intelligence");
        });
    }

    @Test
    void anOptionMadeChosenAloneIsAChangeInWords() {
        Question q1a = new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email"), option("video", "Video").withExclusive(true)), false, null, Q1_YES,
                List.of(), List.of());
        Question q1 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1, text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> assertThat(change.fields())
                .filteredOn(f -> f.field().equals("answer.options")).singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("email = Email; video = Video (chosen alone)")));
    }

    @Test
    void aBoxGivenToAnOptionIsAChangeInWords() {
        AnswerSpec.Specify share = new AnswerSpec.Specify(LocalizedText.en("Share"), true,
                new AnswerSpec.NumberBox(true, java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100),
                        LocalizedText.en("%")));
        Question q1a = new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email").withSpecify(share),
                        option("video", "Video").withSpecify(new AnswerSpec.Specify(null, false))),
                false, null, Q1_YES, List.of(), List.of());
        Question q1 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1, text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> assertThat(change.fields())
                .filteredOn(f -> f.field().equals("answer.options")).singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("email = Email (box: Share, whole number from 0 up to"
                        + " 100 %, required); video = Video (box: Please specify)")));
    }

    @Test
    void aQuestionAddedToARepeatingGroupIsAChangeInWords() {
        Question title = new Question("title", "", LocalizedText.en("Title"), LocalizedText.EMPTY,
                new AnswerSpec.ShortText(null), true, null, null, List.of(), List.of());
        Question ended = new Question("ended", "", LocalizedText.en("Completed on"), LocalizedText.EMPTY,
                new AnswerSpec.DateAnswer(null, null), false, null, new Condition.Answered("title"), List.of(),
                List.of());
        Question before = question("q5", "5", LocalizedText.en("Your projects"), new AnswerSpec.RepeatingGroup(
                LocalizedText.en("Project"), null, 5, List.of(title)), null);
        Question after = question("q5", "5", LocalizedText.en("Your projects"), new AnswerSpec.RepeatingGroup(
                LocalizedText.en("Project"), null, 5, List.of(title, ended)), null);

        TemplateDiff diff = TemplateDiff.between(version("CU 2023/1", sectionTwo(before)),
                version("CU 2023/1", sectionTwo(after)), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> assertThat(change.fields())
                .filteredOn(f -> f.field().equals("answer.questions")).singleElement().satisfies(f -> {
                    assertThat(f.before()).isEqualTo("title = Title (Short text, required)");
                    assertThat(f.after()).isEqualTo("title = Title (Short text, required); "
                            + "ended = Completed on (Date, when a condition holds)");
                }));
    }

    @Test
    void aFormatGivenToATextIsAChangeInWords() {
        Question q2 = question("q2", "2", LocalizedText.en("Name of the authority"), new AnswerSpec.ShortText(200,
                new org.qconsole.model.TextFormat(
                        org.qconsole.model.FormatType.PATTERN, "[A-Z]{3}", LocalizedText.en("Three capitals."))),
                null);

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text(), q2),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> assertThat(change.fields())
                .filteredOn(f -> f.field().equals("answer.checks")).singleElement().satisfies(f -> {
                    assertThat(f.before()).isNull();
                    assertThat(f.after()).isEqualTo("format: pattern [A-Z]{3} (“Three capitals.”)");
                }));
    }

    @Test
    void aFrenchReaderReadsMovesBoxesAndChecksInFrench() {
        AnswerSpec.Specify share = new AnswerSpec.Specify(LocalizedText.en("Share"), true,
                new AnswerSpec.NumberBox(true, java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100),
                        LocalizedText.en("%")));
        AnswerSpec.MultipleChoice channels = new AnswerSpec.MultipleChoice(List.of(
                option("email", "Email").withSpecify(share), option("video", "Video")), null,
                java.math.BigDecimal.valueOf(100), null);
        Question q2 = question("q2", "2", LocalizedText.en("Name of the authority"), channels, null);

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text()),
                sectionTwo(q2, q3(), q4())), Language.FR);

        assertThat(diff.moved()).singleElement().extracting(Change::description)
                .isEqualTo("déplacé de la section I, position 3 à la section II, position 1");
        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .extracting(FieldChange::field, FieldChange::after).contains(
                        tuple("answer.options", "email = Email (case : Share, nombre entier de 0 à 100 %, obligatoire)"
                                + " ; video = Video"),
                        tuple("answer.checks", "la somme des nombres doit être 100")));
    }

    @Test
    void changedConditionChangesVisibleWhen() {
        Question q1a = new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email"), option("video", "Video")), false, null,
                new Condition.Answered("q1"), List.of(), List.of());
        Question q1 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1, text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after).containsExactly(
                        tuple("visibleWhen", "{\"equals\":{\"question\":\"q1\",\"value\":\"yes\"}}",
                                "{\"answered\":{\"question\":\"q1\"}}")));
    }

    @Test
    void aChangedCellConditionShowsItsRowColumnAndTest() {
        Question q1a = new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email"), option("video", "Video")), false, null,
                new Condition.Not(new Condition.GridCell("q1", "cattle", "heads", List.of(), Condition.Operator.GT,
                        java.math.BigDecimal.TEN)), List.of(), List.of());
        Question q1 = new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a));

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1, text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .extracting(FieldChange::field, FieldChange::after).containsExactly(tuple("visibleWhen",
                        "{\"not\":{\"gridCell\":{\"question\":\"q1\",\"row\":\"cattle\",\"column\":\"heads\","
                                + "\"operator\":\"gt\",\"value\":10}}}")));
    }

    @Test
    void changedCircularReferenceIsAVersionChange() {
        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2024/9", sectionOne(q1(), text(), q2()),
                sectionTwo(q3(), q4())), Language.EN);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.subject()).isEqualTo(Subject.VERSION);
            assertThat(change.key()).isEmpty();
            assertThat(change.fields()).containsExactly(
                    new FieldChange("circularReference", null, "CU 2023/1", "CU 2024/9"));
        });
    }

    @Test
    void removedSectionListsItsItemsAfterTheOtherChanges() {
        Question q5 = question("q5", "5", LocalizedText.en("A new question"), new AnswerSpec.YesNo(), null);

        TemplateDiff diff = TemplateDiff.between(base(), version("CU 2023/1", sectionOne(q1(), text(), q2(), q5)), Language.EN);

        assertThat(diff.changes()).extracting(Change::type, Change::key).containsExactly(
                tuple(ChangeType.ADDED, "q5"),
                tuple(ChangeType.REMOVED, "s2"),
                tuple(ChangeType.REMOVED, "q3"),
                tuple(ChangeType.REMOVED, "q4"));
    }

    @Test
    void longLabelsAreShortened() {
        String text = "Which information and communications technologies does your authority use for "
                + "international cooperation in criminal matters?";

        assertThat(Change.label("1.a", text)).hasSizeLessThanOrEqualTo(Change.LABEL_LENGTH)
                .startsWith("1.a Which information").endsWith("…");
    }

    private static TemplateDefinition base() {
        return version("CU 2023/1", sectionOne(q1(), text(), q2()), sectionTwo(q3(), q4()));
    }

    private static TemplateDefinition version(String circularReference, Section... sections) {
        return new TemplateDefinition(LocalizedText.en("Use of ICTs"), circularReference,
                LocalizedText.en("<p>Dear colleagues</p>"), List.of(), List.of(sections));
    }

    private static Section sectionOne(Item... items) {
        return new Section("s1", "I", LocalizedText.en("General information"), LocalizedText.EMPTY, List.of(),
                List.of(items), null);
    }

    private static Section sectionTwo(Item... items) {
        return new Section("s2", "II", LocalizedText.en("Cooperation"), LocalizedText.EMPTY, List.of(),
                List.of(items), null);
    }

    private static Question q1() {
        return new Question("q1", "1", LocalizedText.en("Do you use <b>ICTs</b>?"), LocalizedText.EMPTY,
                new AnswerSpec.YesNo(), true, null, null, List.of(), List.of(q1a()));
    }

    private static Question q1a() {
        return new Question("q1a", "1.a", LocalizedText.en("If yes, which ones?"), LocalizedText.EMPTY,
                choice(option("email", "Email"), option("video", "Video")), false, null, Q1_YES, List.of(), List.of());
    }

    private static TextBlock text() {
        return new TextBlock("t1", LocalizedText.en("<p>Please elaborate as necessary.</p>"), null);
    }

    private static Question q2() {
        return question("q2", "2", LocalizedText.en("Name of the authority"), new AnswerSpec.ShortText(200), null);
    }

    private static Question q3() {
        return question("q3", "3", LocalizedText.en("Do you cooperate?"), new AnswerSpec.YesNo(), null);
    }

    private static Question q4() {
        return question("q4", "4", LocalizedText.en("Please describe your cooperation."), new AnswerSpec.LongText(null),
                null);
    }

    private static Question question(String key, String number, LocalizedText text, AnswerSpec answer,
            Condition visibleWhen) {
        return new Question(key, number, text, LocalizedText.EMPTY, answer, false, null, visibleWhen, List.of(),
                List.of());
    }

    private static AnswerSpec.MultipleChoice choice(AnswerSpec.Option... options) {
        return new AnswerSpec.MultipleChoice(List.of(options), null);
    }

    private static AnswerSpec.Option option(String value, String label) {
        return new AnswerSpec.Option(value, LocalizedText.en(label));
    }
}

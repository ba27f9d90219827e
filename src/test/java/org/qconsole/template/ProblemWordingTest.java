package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;

/** A template's problems are worded in the language of the list that shows them, places and texts included. */
class ProblemWordingTest {

    @Test
    void aKeyUsedTwiceIsSaidInEachLanguageNamingBothPlaces() {
        TemplateDefinition every = TemplateFixtures.everyKind();
        List<Item> items = new ArrayList<>(every.sections().get(0).items());
        items.add(TemplateFixtures.question("q3_name", "9", "Again?", new AnswerSpec.ShortText(100), List.of()));

        Problem twice = TemplateValidator.validate(TemplateFixtures.withItems(every, items)).stream()
                .filter(p -> p.message().startsWith("uses the key")).findFirst().orElseThrow();

        assertThat(twice.toString())
                .isEqualTo("Question 9 (q3_name): uses the key \"q3_name\", which Question 3 (q3_name) already uses");
        assertThat(twice.in(Language.FR))
                .isEqualTo("Question 9 (q3_name) : utilise la clé « q3_name », que Question 3 (q3_name) utilise déjà");
        assertThat(twice.in(Language.ZH)).isEqualTo("问题 9（q3_name）：使用了键“q3_name”，而问题 3（q3_name）已在使用该键");
        assertThat(twice.in(Language.AR)).startsWith("السؤال 9 (q3_name): يستخدم المفتاح «q3_name»");
    }

    @Test
    void aConditionOnALaterQuestionNamesItsRoleInTheLanguage() {
        TemplateDefinition every = TemplateFixtures.everyKind();
        List<Item> items = new ArrayList<>(every.sections().get(0).items());
        items.set(1, TemplateFixtures.withVisibleWhen((Question) items.get(1),
                new Condition.Equals("q3_name", TextNode.valueOf("x")))); // q2 reads q3, which comes later

        Problem later = TemplateValidator.validate(TemplateFixtures.withItems(every, items)).stream()
                .filter(p -> p.message().contains("comes later")).findFirst().orElseThrow();

        assertThat(later.in(Language.ES)).isEqualTo("Pregunta 2 (q2_tool): solo se muestra si q3_name tiene respuesta,"
                + " pero q3_name viene después: una condición solo puede leer preguntas anteriores");
        assertThat(new Problem("", "Given by a plugin").in(Language.RU)).as("a problem given as text stays as it was")
                .isEqualTo("Given by a plugin");
    }

    @Test
    void anAnswerKindsSettingsProblemIsWordedToo() {
        TemplateDefinition every = TemplateFixtures.everyKind();
        List<Item> items = new ArrayList<>(every.sections().get(0).items());
        items.add(TemplateFixtures.question("q9_cases", "9", "How many?", new AnswerSpec.NumberAnswer(true,
                BigDecimal.TEN, BigDecimal.ONE, null), List.of()));

        Problem range = TemplateValidator.validate(TemplateFixtures.withItems(every, items)).stream()
                .filter(p -> p.message().startsWith("has a minimum")).findFirst().orElseThrow();

        assertThat(range.toString()).isEqualTo("Question 9 (q9_cases): has a minimum (10) above its maximum (1)");
        assertThat(range.in(Language.FR)).isEqualTo("Question 9 (q9_cases) : a un minimum (10) supérieur à son"
                + " maximum (1)");
        assertThat(range.in(Language.RU)).isEqualTo("Вопрос 9 (q9_cases): имеет минимум (10) больше максимума (1)");
    }

    @Test
    void aSharedListThatIsNotThereIsSaidInTheLanguage() {
        TemplateDefinition every = TemplateFixtures.everyKind();
        List<Item> items = new ArrayList<>(every.sections().get(0).items());
        items.add(TemplateFixtures.question("q9_pick", "9", "Pick one", new AnswerSpec.SingleChoice(List.of(), null,
                "sectors"), List.of()));

        Problem unknown = TemplateValidator.validate(TemplateFixtures.withItems(every, items)).stream()
                .filter(p -> p.message().startsWith("uses the option list")).findFirst().orElseThrow();

        assertThat(unknown.toString()).isEqualTo("Question 9 (q9_pick): uses the option list \"sectors\", which the"
                + " questionnaire does not have");
        assertThat(unknown.in(Language.FR)).isEqualTo("Question 9 (q9_pick) : utilise la liste d’options « sectors »,"
                + " que le questionnaire n’a pas");
    }

    @Test
    void aFileThatCannotBeReadIsSaidInTheLanguageWithItsPlaceInTheFile() {
        Problem list = TemplateImporter.parse("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8)).problems()
                .get(0);
        Problem broken = TemplateImporter.parse("{\n  \"format\": ,\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .problems().get(0);

        assertThat(list.toString()).isEqualTo("The file must hold one JSON object ({ … }), but it holds a list");
        assertThat(list.in(Language.FR)).isEqualTo("Le fichier doit contenir un seul objet JSON ({ … }), mais il"
                + " contient une liste");
        assertThat(broken.in(Language.ES)).startsWith("El archivo no es JSON válido: ").contains("(línea 2, columna");
    }
}

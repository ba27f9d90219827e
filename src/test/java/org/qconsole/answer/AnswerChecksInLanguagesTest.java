package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.template.model.TemplateJson;

/**
 * The problems a respondent reads under an answer speak the questionnaire's language; English reads as it always
 * has, numbers in plain digits in every language.
 */
class AnswerChecksInLanguagesTest {

    private static final AnswerSpec TEXT = new AnswerSpec.ShortText(40);
    private static final JsonNode TOO_LONG = TextNode.valueOf("x".repeat(41));
    private static final AnswerSpec NUMBER = new AnswerSpec.NumberAnswer(false, BigDecimal.ZERO,
            BigDecimal.valueOf(100_000), null);
    private static final AnswerSpec DATE = new AnswerSpec.DateAnswer(LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31));
    private static final AnswerSpec TABLE = new AnswerSpec.Table(List.of(new AnswerSpec.Column("cases",
            LocalizedText.fromJson(Map.of(Language.EN, "Cases", Language.FR, "Affaires", Language.AR, "القضايا",
                    Language.ZH, "案件")), AnswerSpec.ColumnType.NUMBER, null)), null, 2);
    private static final AnswerSpec LINKS = new AnswerSpec.Links(2);

    @Test
    void aTextTooLong() {
        assertThat(AnswerKinds.problem(TEXT, TOO_LONG)).hasValue("Enter at most 40 characters (this has 41).");
        assertThat(AnswerKinds.problem(TEXT, TOO_LONG, Language.EN)).hasValue("Enter at most 40 characters (this has 41).");
        assertThat(AnswerKinds.problem(TEXT, TOO_LONG, Language.FR))
                .hasValue("Saisissez 40 caractères au plus (ce texte en compte 41).");
        assertThat(AnswerKinds.problem(TEXT, TOO_LONG, Language.AR))
                .hasValue("الحد الأقصى لعدد الحروف: 40 (عدد الحروف في هذا النص: 41).");
        assertThat(AnswerKinds.problem(TEXT, TOO_LONG, Language.ZH)).hasValue("最多输入 40 个字符（此处有 41 个）。");
    }

    @Test
    void aNumberOutOfRangeWithItsBoundsInPlainDigits() {
        JsonNode tooMuch = IntNode.valueOf(200_000);
        assertThat(AnswerKinds.problem(NUMBER, tooMuch)).hasValue("Enter a number from 0 to 100000.");
        assertThat(AnswerKinds.problem(NUMBER, tooMuch, Language.FR))
                .hasValue("Saisissez un nombre compris entre 0 et 100000.");
        assertThat(AnswerKinds.problem(NUMBER, tooMuch, Language.AR)).hasValue("أدخل رقماً من 0 إلى 100000.");
        assertThat(AnswerKinds.problem(NUMBER, tooMuch, Language.ZH)).hasValue("请输入 0 至 100000 之间的数字。");
        AnswerSpec whole = new AnswerSpec.NumberAnswer(true, BigDecimal.valueOf(5_000), null, null);
        assertThat(AnswerKinds.problem(whole, TextNode.valueOf("many"), Language.FR)).hasValue("Saisissez un nombre.");
        assertThat(AnswerKinds.problem(whole, IntNode.valueOf(10), Language.FR))
                .hasValue("Saisissez un nombre supérieur ou égal à 5000.");
        assertThat(AnswerKinds.problem(whole, IntNode.valueOf(10))).hasValue("Enter a number of at least 5000.");
    }

    @Test
    void aDateOutOfRange() {
        JsonNode late = TextNode.valueOf("2025-01-01");
        assertThat(AnswerKinds.problem(DATE, late)).hasValue("Enter a date between 2024-01-01 and 2024-12-31.");
        assertThat(AnswerKinds.problem(DATE, late, Language.FR))
                .hasValue("Saisissez une date comprise entre le 2024-01-01 et le 2024-12-31.");
        assertThat(AnswerKinds.problem(DATE, late, Language.AR)).hasValue("أدخل تاريخاً بين 2024-01-01 و2024-12-31.");
        assertThat(AnswerKinds.problem(DATE, late, Language.ZH)).hasValue("请输入 2024-01-01 至 2024-12-31 之间的日期。");
        assertThat(AnswerKinds.problem(DATE, TextNode.valueOf("31/03/2024"), Language.EN))
                .hasValue("Enter a date as year-month-day, e.g. 2024-03-31.");
    }

    @Test
    void aTableWithTooManyRowsOrACellThatDoesNotFit() throws Exception {
        JsonNode three = json("[{\"cases\": 1}, {\"cases\": 2}, {\"cases\": 3}]");
        assertThat(AnswerKinds.problem(TABLE, three)).hasValue("Enter at most 2 rows (this has 3).");
        assertThat(AnswerKinds.problem(TABLE, three, Language.FR))
                .hasValue("Saisissez 2 lignes au plus (ce tableau en compte 3).");
        assertThat(AnswerKinds.problem(TABLE, three, Language.AR))
                .hasValue("الحد الأقصى لعدد الصفوف: 2 (عدد الصفوف هنا: 3).");
        assertThat(AnswerKinds.problem(TABLE, three, Language.ZH)).hasValue("最多输入 2 行（此处有 3 行）。");

        JsonNode word = json("[{\"cases\": \"many\"}]");
        assertThat(AnswerKinds.problem(TABLE, word)).hasValue("Row 1: Cases: Enter a number.");
        assertThat(AnswerKinds.problem(TABLE, word, Language.FR)).hasValue("Ligne 1 : Affaires: Saisissez un nombre.");
        assertThat(AnswerKinds.problem(TABLE, word, Language.AR)).hasValue("الصف 1: القضايا: أدخل رقماً.");
        assertThat(AnswerKinds.problem(TABLE, word, Language.ZH)).hasValue("第 1 行：案件: 请输入数字。");
    }

    @Test
    void linksThatAreNotWebAddressesOrTooMany() throws Exception {
        JsonNode script = json("[{\"url\": \"javascript:alert(1)\"}]");
        assertThat(AnswerKinds.problem(LINKS, script)).hasValue("Link 1: enter a web address starting with https://"
                + " or http://, e.g. https://www.example.org/law.");
        assertThat(AnswerKinds.problem(LINKS, script, Language.FR)).hasValue("Lien 1 : saisissez une adresse Web"
                + " commençant par https:// ou http://, par exemple https://www.example.org/law.");
        assertThat(AnswerKinds.problem(LINKS, script, Language.ZH))
                .hasValue("链接 1：请输入以 https:// 或 http:// 开头的网址，例如 https://www.example.org/law。");

        JsonNode three = json("[{\"url\": \"https://a.org\"}, {\"url\": \"https://b.org\"}, {\"url\": \"https://c.org\"}]");
        assertThat(AnswerKinds.problem(LINKS, three)).hasValue("Give at most 2 links (this has 3).");
        assertThat(AnswerKinds.problem(LINKS, three, Language.FR))
                .hasValue("Indiquez 2 liens au plus (cette liste en compte 3).");
        assertThat(AnswerKinds.problem(LINKS, three, Language.AR))
                .hasValue("الحد الأقصى لعدد الروابط: 2 (عدد الروابط هنا: 3).");
        assertThat(AnswerKinds.problem(LINKS, three, Language.ZH)).hasValue("最多提供 2 个链接（此处有 3 个）。");
    }

    @Test
    void documentsBeyondTheLimitAndFormatsInWords() {
        JsonNode two = DocumentFile.toJson(List.of(new DocumentFile(UUID.randomUUID(), "law.pdf", "application/pdf",
                10, ""), new DocumentFile(UUID.randomUUID(), "decree.pdf", "application/pdf", 10, "")));
        AnswerSpec one = new AnswerSpec.Documents(1, null);
        assertThat(AnswerKinds.problem(one, two)).hasValue("Attach at most 1 file (this has 2).");
        assertThat(AnswerKinds.problem(one, two, Language.FR)).hasValue("Joignez 1 fichier au plus (cette liste en compte 2).");
        assertThat(AnswerKinds.problem(new AnswerSpec.Documents(1_000, null), two)).isEmpty();

        assertThat(AnswerKinds.problem(new AnswerSpec.YesNo(), TextNode.valueOf("maybe"), Language.ZH))
                .hasValue("请选择“是”或“否”。");
        assertThat(TextFormats.EMAIL_MESSAGE).isEqualTo("Enter an e-mail address, e.g. name@example.org.");
    }

    private static JsonNode json(String text) throws Exception {
        return TemplateJson.mapper().readTree(text);
    }
}

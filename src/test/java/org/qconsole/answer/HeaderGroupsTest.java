package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.template.model.TemplateJson;

/**
 * Row groups and two-level column headers (issue 12, item 6): read and written by the format, printed as
 * headings over their rows and columns, and named in export headers while the export keys stay the same.
 */
class HeaderGroupsTest {

    private static final LocalizedText Y2022 = LocalizedText.en("2022").with(Language.FR, "2022");
    private static final AnswerSpec.Grid HERDS = new AnswerSpec.Grid(List.of(
            new Row("cattle", LocalizedText.en("Cattle")).withGroup(LocalizedText.en("Livestock")),
            new Row("pigs", LocalizedText.en("Pigs")).withGroup(LocalizedText.en("Livestock")),
            new Row("wheat", LocalizedText.en("Wheat")).withGroup(LocalizedText.en("Crops"))),
            List.of(number("men").withGroup(Y2022), number("women").withGroup(Y2022), number("all")));

    @Test
    void theFormatReadsAndWritesGroupsAndAGridWithoutThemWritesNothingNew() throws Exception {
        String written = TemplateJson.mapper().writeValueAsString(HERDS);
        assertThat(TemplateJson.mapper().readValue(written, AnswerSpec.class)).isEqualTo(HERDS);
        assertThat(TemplateJson.mapper().readTree(written).at("/rows/0/group/en").asText()).isEqualTo("Livestock");

        AnswerSpec plain = TemplateJson.mapper().readValue("{\"kind\": \"grid\", \"rows\": [{\"key\": \"a\", "
                + "\"label\": {\"en\": \"A\"}}], \"columns\": [{\"key\": \"n\", \"label\": {\"en\": \"N\"}, "
                + "\"type\": \"number\"}]}", AnswerSpec.class);
        assertThat(TemplateJson.mapper().writeValueAsString(plain)).doesNotContain("group");
    }

    @Test
    void exportHeadersNameTheGroupsAndTheKeysStayTheSame() {
        List<ExportColumn> columns = AnswerKinds.of(HERDS).exportColumns(Language.EN);

        assertThat(columns).extracting(ExportColumn::keySuffix).startsWith("cattle.men", "cattle.women", "cattle.all");
        assertThat(columns).extracting(ExportColumn::header)
                .startsWith("Livestock – Cattle / 2022 – Men", "Livestock – Cattle / 2022 – Women",
                        "Livestock – Cattle / All");
    }

    @Test
    void thePrintedGridHasAHeaderRowOfColumnGroupsAndAHeadingOverEachRowGroup() {
        String html = AnswerKinds.of(HERDS).blankHtml(Language.EN);

        assertThat(html).contains("<th colspan=\"2\">2022</th><th colspan=\"1\"></th>")
                .contains("<tr><th colspan=\"4\">Livestock</th></tr><tr><th>Cattle</th>")
                .contains("<tr><th colspan=\"4\">Crops</th></tr><tr><th>Wheat</th>");
        assertThat(html.indexOf("Livestock")).as("one heading for both livestock rows")
                .isEqualTo(html.lastIndexOf("Livestock"));
    }

    @Test
    void aGroupNeedsAnEnglishLabel() {
        List<String> problems = new ArrayList<>();
        AnswerKinds.of(new AnswerSpec.Grid(List.of(new Row("a", LocalizedText.en("A"))
                .withGroup(LocalizedText.EMPTY.with(Language.FR, "Bétail"))), List.of(number("n")
                .withGroup(LocalizedText.EMPTY.with(Language.FR, "2022"))))).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));

        assertThat(problems).containsExactlyInAnyOrder("the group of row a has no English label",
                "the group of column n has no English label");
    }

    private static Column number(String key) {
        return new Column(key, LocalizedText.en(Character.toUpperCase(key.charAt(0)) + key.substring(1)),
                ColumnType.NUMBER, null);
    }
}

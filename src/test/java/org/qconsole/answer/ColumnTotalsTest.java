package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.NumberBox;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.template.model.TemplateJson;

/** Totals of number columns (issue 12, item 6): summed as shown under the cells and as exported. */
class ColumnTotalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Column CASES = new Column("cases", LocalizedText.en("Cases"), ColumnType.NUMBER, null)
            .withTotal(true);
    private static final Column STAFF = new Column("staff", LocalizedText.en("Staff"), ColumnType.NUMBER, null)
            .withCellSettings(new NumberBox(true, BigDecimal.ZERO, null, LocalizedText.en("people")), null, false)
            .withTotal(true);
    private static final Column NOTE = new Column("note", LocalizedText.en("Note"), ColumnType.TEXT, null);
    private static final AnswerSpec.Grid YEARS = new AnswerSpec.Grid(List.of(new Row("y2022", LocalizedText.en("2022")),
            new Row("y2023", LocalizedText.en("2023"))), List.of(CASES, STAFF, NOTE));

    @Test
    void aGridSumsEachTotalledColumnOverItsRowsWithItsUnit() throws Exception {
        JsonNode value = JSON.readTree("{\"y2022\": {\"cases\": 3, \"staff\": 10}, \"y2023\": {\"cases\": 4.5, \"note\": \"x\"}}");

        assertThat(AnswerKinds.of(YEARS).totals(value, Language.EN))
                .containsExactly(Map.entry("cases", "7.5"), Map.entry("staff", "10 people"));
        assertThat(AnswerKinds.of(YEARS).totals(null, Language.EN))
                .containsExactly(Map.entry("cases", "0"), Map.entry("staff", "0 people"));
        assertThat(exported(YEARS, value)).containsEntry("total:cases", "7.5").containsEntry("total:staff", "10")
                .doesNotContainKey("total:note");
    }

    @Test
    void aTableSumsItsRowsAndAnEmptyColumnExportsNothing() throws Exception {
        AnswerSpec.Table bodies = new AnswerSpec.Table(List.of(CASES, STAFF), null, null);
        JsonNode value = JSON.readTree("[{\"cases\": 2}, {\"cases\": 5}, {}]");

        assertThat(AnswerKinds.of(bodies).totals(value, Language.EN)).containsEntry("cases", "7");
        assertThat(exported(bodies, value)).containsEntry("total:cases", "7").containsEntry("total:staff", "");
    }

    @Test
    void thePrintedAnswerAndTheHistoryShowTheTotalsTheRespondentSaw() throws Exception {
        AnswerSpec.Grid byRow = new AnswerSpec.Grid(YEARS.rows(), YEARS.columns(), true);
        JsonNode value = JSON.readTree("{\"y2022\": {\"cases\": 3, \"staff\": 10}, \"y2023\": {\"cases\": 4}}");

        assertThat(AnswerKinds.of(byRow).text(value, Language.EN)).isEqualTo("2022: Cases 3, Staff 10 people"
                + " (total 13); 2023: Cases 4 (total 4); Total: Cases 7, Staff 10 people");
        assertThat(AnswerKinds.of(new AnswerSpec.Table(List.of(CASES, NOTE), null, null))
                .text(JSON.readTree("[{\"cases\": 2}, {\"cases\": 5, \"note\": \"x\"}]"), Language.EN))
                .isEqualTo("1) Cases 2; 2) Cases 5, Note x; Total: Cases 7");
        assertThat(AnswerKinds.of(YEARS).text(JSON.readTree("{}"), Language.EN)).as("nothing to total").isEmpty();
    }

    @Test
    void theBlankFormHasARowTotalColumnAndALineForTheColumnTotals() {
        String grid = AnswerKinds.of(new AnswerSpec.Grid(YEARS.rows(), YEARS.columns(), true)).blankHtml(Language.EN);
        assertThat(grid).contains("<th>Note</th><th>Total</th></tr>")
                .contains("<tr><th>2022</th><td></td><td></td><td></td><td></td></tr>")
                .contains("<tr class=\"totals\"><th>Total</th><td></td><td></td><td class=\"none\"></td><td></td></tr>");
        assertThat(AnswerKinds.of(new AnswerSpec.Table(List.of(CASES, NOTE), null, null)).blankHtml(Language.EN))
                .contains("<tr class=\"totals\"><td>Total:</td><td class=\"none\"></td></tr>");
        assertThat(AnswerKinds.of(new AnswerSpec.Grid(YEARS.rows(), List.of(NOTE))).blankHtml(Language.EN))
                .doesNotContain("Total");
    }

    @Test
    void aGridWithRowTotalsSumsEachRowsNumberCellsAndExportsThem() throws Exception {
        AnswerSpec.Grid byRow = new AnswerSpec.Grid(YEARS.rows(), YEARS.columns(), true);
        JsonNode value = JSON.readTree("{\"y2022\": {\"cases\": 3, \"staff\": 10, \"note\": \"x\"}}");

        assertThat(AnswerKinds.of(byRow).rowTotals(value, Language.EN))
                .containsExactly(Map.entry("y2022", "13"), Map.entry("y2023", "0"));
        assertThat(exported(byRow, value)).containsEntry("y2022:total", "13").containsEntry("y2023:total", "");
        assertThat(AnswerKinds.of(YEARS).rowTotals(value, Language.EN)).as("without row totals").isEmpty();
        assertThat(TemplateJson.mapper().readValue(TemplateJson.mapper().writeValueAsString(byRow), AnswerSpec.class))
                .isEqualTo(byRow);

        List<String> problems = new ArrayList<>();
        AnswerKinds.of(new AnswerSpec.Grid(YEARS.rows(), List.of(NOTE), true)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        assertThat(problems).containsExactly("has row totals but no number column to add up");
    }

    @Test
    void onlyANumberColumnHasATotalAndTheFormatKeepsIt() throws Exception {
        List<String> problems = new ArrayList<>();
        AnswerKinds.of(new AnswerSpec.Grid(YEARS.rows(), List.of(CASES, NOTE.withTotal(true))))
                .checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        assertThat(problems).containsExactly("column note has a total, which only a number column has");

        String written = TemplateJson.mapper().writeValueAsString(YEARS);
        assertThat(TemplateJson.mapper().readValue(written, AnswerSpec.class)).isEqualTo(YEARS);
        assertThat(TemplateJson.mapper().readTree(written).at("/columns/2").has("total"))
                .as("a column without a total writes nothing new").isFalse();
    }

    private static Map<String, String> exported(AnswerSpec spec, JsonNode value) {
        Map<String, String> cells = new java.util.HashMap<>();
        AnswerKinds.of(spec).exportColumns(Language.EN).forEach(c -> cells.put(c.keySuffix(), c.cell().apply(value).asText()));
        return cells;
    }
}

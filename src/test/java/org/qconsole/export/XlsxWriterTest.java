package org.qconsole.export;

import org.qconsole.answer.CellValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XLSX writer keeps only a window of rows in memory, whatever the number of rows. */
class XlsxWriterTest {

    @Test
    void rowsBeyondTheWindowAreFlushedAsTheyAreWritten() throws Exception {
        XlsxWriter writer = new XlsxWriter(new ByteArrayOutputStream());
        writer.startTable("Answers", 3);
        List<CellValue> row = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            row.add(CellValue.text("answer " + c));
        }
        for (int r = 0; r < 1000; r++) {
            writer.row(row);
            assertThat(r + 1 - writer.flushedRows()).isLessThanOrEqualTo(XlsxWriter.WINDOW);
        }
        writer.finish();
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeededAndNumbersAreNotNeutralized() {
        assertThat(CsvWriter.field(CellValue.text("plain"))).isEqualTo("plain");
        assertThat(CsvWriter.field(CellValue.text("a,b"))).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field(CellValue.text("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field(CellValue.text("-1+1"))).isEqualTo("'-1+1");
        assertThat(CsvWriter.field(new CellValue.Number(new java.math.BigDecimal("-3.50")))).isEqualTo("-3.5");
        assertThat(CsvWriter.field(CellValue.text("\tTAB"))).isEqualTo("'\tTAB");
    }
}

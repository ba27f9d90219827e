package org.qconsole.export;

import org.qconsole.answer.CellValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8: fields separated by commas, records by CRLF, a field quoted (quotes doubled)
 * when it holds a comma, a quote or a line break. Only the first table is written (a CSV file holds one).
 */
final class CsvWriter implements TableWriter {

    private final Writer out;
    private int tables;

    CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void startTable(String name, int headerRows) {
        tables++;
    }

    @Override
    public void row(List<CellValue> cells) throws IOException {
        if (tables != 1) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String field(CellValue cell) {
        String text = cell instanceof CellValue.Number ? cell.asText() : CellValue.neutralized(cell.asText());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}

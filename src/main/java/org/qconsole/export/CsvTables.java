package org.qconsole.export;

import org.qconsole.answer.CellValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Small tables a page shows (e.g. a compilation) as RFC 4180 CSV, cells neutralized like in exports. */
public final class CsvTables {

    private CsvTables() {
    }

    public static void write(List<List<String>> records, OutputStream out) {
        CsvWriter writer = new CsvWriter(out);
        try {
            writer.startTable("table", 1);
            for (List<String> record : records) {
                writer.row(record.stream().map(CellValue::text).toList());
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

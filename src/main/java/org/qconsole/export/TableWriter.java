package org.qconsole.export;

import org.qconsole.answer.CellValue;
import java.io.IOException;
import java.util.List;

/** Writes an export's tables row by row, so that memory does not grow with the number of rows. */
interface TableWriter {

    /** Starts a sheet (XLSX) or the file (CSV); {@code headerRows} rows that follow are headings. */
    void startTable(String name, int headerRows) throws IOException;

    void row(List<CellValue> cells) throws IOException;

    /** Writes everything out; the writer cannot be used afterwards. */
    void finish() throws IOException;
}

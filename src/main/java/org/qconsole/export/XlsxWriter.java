package org.qconsole.export;

import org.qconsole.answer.CellValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@link #WINDOW} rows of a sheet are in memory,
 * the rest is flushed to a temporary file as it is written. Text that could pass for a formula is
 * neutralized like in CSV; numbers stay numbers.
 */
final class XlsxWriter implements TableWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    /**
     * Temporary files gzipped (a sheet's XML is repetitive); no shared strings table: text is
     * written inline in each cell, so no table of every distinct answer builds up in memory.
     */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    private final CellStyle heading;
    private SXSSFSheet sheet;
    private int headerRows;
    private int next;

    XlsxWriter(OutputStream out) {
        this.out = out;
        heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        heading.setWrapText(true);
    }

    @Override
    public void startTable(String name, int headerRows) {
        sheet = workbook.createSheet(name);
        this.headerRows = headerRows;
        next = 0;
        if (headerRows > 0) {
            sheet.createFreezePane(0, headerRows);
        }
    }

    @Override
    public void row(List<CellValue> cells) {
        var row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            CellValue value = cells.get(i);
            var cell = row.createCell(i);
            if (value instanceof CellValue.Number number) {
                cell.setCellValue(number.value().doubleValue());
            } else if (!value.asText().isEmpty()) {
                cell.setCellValue(CellValue.neutralized(value.asText()));
            }
            if (next < headerRows) {
                cell.setCellStyle(heading);
            }
        }
        next++;
    }

    /** Rows already flushed to disk in the current sheet (for tests of bounded memory). */
    int flushedRows() {
        return sheet == null ? 0 : sheet.getLastFlushedRowNum() + 1;
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}

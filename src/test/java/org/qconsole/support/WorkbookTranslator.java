package org.qconsole.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a translator does in a spreadsheet program to a workbook exported for translation: types a translation
 * beside each English text (column D of the sheet "Translation"), and saves.
 */
public final class WorkbookTranslator {

    private static final int ENGLISH = 2;
    private static final int TRANSLATION = 3;

    private WorkbookTranslator() {
    }

    /** The workbook with each row's translation cell set to {@code translate} of its English. */
    public static byte[] translate(byte[] workbook, UnaryOperator<String> translate) throws IOException {
        return edit(workbook, book -> {
            for (Row row : book.getSheet("Translation")) {
                if (row.getRowNum() > 0) {
                    row.getCell(TRANSLATION).setCellValue(translate.apply(row.getCell(ENGLISH).getStringCellValue()));
                }
            }
        });
    }

    /** The workbook as it is after {@code change}, saved the way a spreadsheet program saves it. */
    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The row (0 = the heading) whose English cell reads {@code english}. */
    public static Row rowOf(Sheet sheet, String english) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(ENGLISH).getStringCellValue().equals(english)) {
                return row;
            }
        }
        throw new AssertionError("No row with the English \"" + english + "\"");
    }
}

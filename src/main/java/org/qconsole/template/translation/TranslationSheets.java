package org.qconsole.template.translation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.qconsole.common.Phrase;

/**
 * A questionnaire version's texts as a workbook for translators who work in a spreadsheet (Apache POI): one row
 * per text with what it is, its English and a column for the translation, the only cells that can be edited.
 * The text ids sit in a hidden column and the version and language in the workbook's custom properties, which
 * spreadsheet programs keep when they save. What comes back is read into a {@link TranslationFile} and checked
 * like an XLIFF file.
 */
public final class TranslationSheets {

    static final String SHEET = "Translation";
    static final String TEMPLATE = "qconsole.template";
    static final String VERSION = "qconsole.version";
    static final String VERSION_LABEL = "qconsole.versionLabel";
    static final String LANGUAGE = "qconsole.language";
    static final int ID = 0;
    static final int WHERE = 1;
    static final int ENGLISH = 2;
    static final int TRANSLATION = 3;

    private TranslationSheets() {
    }

    /** The workbook for translating {@code units} into the header's language, whose name heads the column. */
    public static byte[] write(TranslationFile.Header header, String languageName, List<TextUnits.Unit> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var properties = workbook.getProperties().getCustomProperties();
            properties.addProperty(TEMPLATE, header.templateCode());
            properties.addProperty(VERSION, String.valueOf(header.versionId()));
            properties.addProperty(VERSION_LABEL, header.versionLabel());
            properties.addProperty(LANGUAGE, header.targetLanguage());
            workbook.getProperties().getCoreProperties().setTitle(header.versionLabel() + " · " + languageName);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            Row heading = sheet.createRow(0);
            String[] titles = {"Text id", "What it is", "English", languageName};
            for (int column = 0; column < titles.length; column++) {
                cell(heading, column, titles[column], styles.heading);
            }
            int rowNumber = 1;
            for (TextUnits.Unit unit : units) {
                Row row = sheet.createRow(rowNumber++);
                cell(row, ID, unit.id(), styles.locked);
                cell(row, WHERE, unit.note(), styles.locked);
                cell(row, ENGLISH, unit.english(), styles.locked);
                cell(row, TRANSLATION, unit.translation(), styles.open);
            }
            sheet.setColumnHidden(ID, true);
            sheet.setColumnWidth(WHERE, 40 * 256);
            sheet.setColumnWidth(ENGLISH, 60 * 256);
            sheet.setColumnWidth(TRANSLATION, 60 * 256);
            sheet.createFreezePane(0, 1);
            // Protected against changing the ids and the English by accident; columns may still be widened.
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.enableLocking();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a translated workbook.
     *
     * @throws TranslationFileException when it is not a workbook this console exported for translation, or a
     *         translation cell holds a formula (nothing of the file is used then)
     */
    public static TranslationFile read(byte[] bytes) {
        try (XSSFWorkbook workbook = open(bytes)) {
            if (workbook.isMacroEnabled()) {
                throw TranslationFileException.because("template.translation.file.macros");
            }
            TranslationFile.Header header = header(workbook);
            XSSFSheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw TranslationFileException.because("template.translation.file.noSheet", SHEET);
            }
            return new TranslationFile(header, units(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI says why in its own terms (a zip entry, a content type): the secretariat needs to know only this.
            throw TranslationFileException.because("template.translation.file.notWorkbook");
        }
    }

    private static TranslationFile.Header header(XSSFWorkbook workbook) {
        var properties = workbook.getProperties().getCustomProperties();
        String template = text(properties.getProperty(TEMPLATE));
        String version = text(properties.getProperty(VERSION));
        String language = text(properties.getProperty(LANGUAGE));
        if (template.isEmpty() || !version.matches("\\d{1,18}") || language.isEmpty()) {
            throw TranslationFileException.because("template.translation.file.workbookNotExported");
        }
        return new TranslationFile.Header(template, Long.parseLong(version),
                text(properties.getProperty(VERSION_LABEL)), language);
    }

    private static List<TranslationFile.Unit> units(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<TranslationFile.Unit> units = new ArrayList<>();
        for (Row row : sheet) {
            String id = row.getRowNum() == 0 ? "" : value(row.getCell(ID), formatter);
            if (id.isEmpty()) {
                continue;
            }
            Cell translation = row.getCell(TRANSLATION);
            Phrase place = new Phrase("template.translation.place.row", String.valueOf(row.getRowNum() + 1), id);
            if (translation != null && translation.getCellType() == CellType.FORMULA) {
                throw TranslationFileException.because("template.translation.file.formula",
                        new CellReference(translation).formatAsString(false), id);
            }
            units.add(new TranslationFile.Unit(id, place, value(row.getCell(ENGLISH), formatter),
                    value(translation, formatter), false));
        }
        return units;
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    }

    private static String text(CTProperty property) {
        return property == null || property.getLpwstr() == null ? "" : property.getLpwstr().strip();
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** The heading, the locked cells, and the translation cells a translator types in. */
    private static final class Styles {

        final CellStyle heading;
        final CellStyle locked;
        final CellStyle open;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            locked = wrapped(workbook);
            open = wrapped(workbook);
            open.setLocked(false);
        }

        private static CellStyle wrapped(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}

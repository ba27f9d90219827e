package org.qconsole.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads what a journey downloaded, as the user's program would open it. */
public final class Downloaded {

    private Downloaded() {
    }

    /** The text of a PDF, its runs of white space made single spaces. */
    public static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** A ZIP's entries in order, each name with its bytes read as ISO-8859-1 (so that any bytes compare). */
    public static Map<String, String> zipEntries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }
}

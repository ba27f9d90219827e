package org.qconsole.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** What in a PDF could act when opened or clicked: document JavaScript, open actions, script or launch links, forms. */
final class PdfActions {

    private PdfActions() {
    }

    static List<String> find(PDDocument pdf) throws IOException {
        List<String> found = new ArrayList<>();
        var catalog = pdf.getDocumentCatalog();
        if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
            found.add("document-level JavaScript");
        }
        if (catalog.getOpenAction() != null) {
            found.add("an open action");
        }
        if (catalog.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) {
            found.add("document additional actions");
        }
        if (catalog.getAcroForm() != null) {
            found.add("a form");
        }
        int number = 1;
        for (PDPage page : pdf.getPages()) {
            if (page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) {
                found.add("page " + number + ": additional actions");
            }
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    action(link.getAction(), "page " + number + ": link", found);
                } else if (!"Link".equals(annotation.getSubtype())) {
                    found.add("page " + number + ": " + annotation.getSubtype() + " annotation");
                }
            }
            number++;
        }
        return found;
    }

    private static void action(PDAction action, String where, List<String> found) {
        if (action instanceof PDActionJavaScript) {
            found.add(where + " runs JavaScript");
        } else if (action instanceof PDActionLaunch) {
            found.add(where + " launches a program");
        } else if (action instanceof PDActionURI uri && !uri.getURI().toLowerCase(Locale.ROOT).matches("(https?|mailto):.*")) {
            found.add(where + " opens " + uri.getURI());
        }
    }
}

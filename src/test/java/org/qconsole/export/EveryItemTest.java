package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DocumentArchive;
import org.qconsole.response.DocumentService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.support.TestFiles;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A national report written with every item issue 12 added (shared lists, a footnote in a section title, a
 * numbered heading, a box on an option, exclusive options and a total of boxes, a comparison, a format, a
 * grid with row and column groups, typed and required cells and totals, a table with a total, documents,
 * links, supporting documents, every kind of condition and a repeating group) is imported, published,
 * answered by a State, submitted, and read back by a manager in the export, the PDF and the documents ZIP.
 */
@ConsoleTest
class EveryItemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    DocumentService documents;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ExportService exports;
    @Autowired
    PdfService pdfs;
    @Autowired
    DocumentArchive archive;
    @Autowired
    ConsoleOidcUserService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aReportUsingEveryItemIsAnsweredSubmittedAndReadBack() throws Exception {
        SignIn.as(users, "secretariat");
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/templates/every-item.json")) {
            file = in.readAllBytes();
        }
        long draft = templates.importFile(file).id();
        assertThat(templates.problems(draft)).isEmpty();
        long version = templates.publish(draft).id();
        OneResponse response = OneResponse.sentToSweden(assignments, answers, version, "Every item");

        SignIn.as(users, "swe.focal");
        long sweden = response.assignment();
        response.save("q1_law", json("{\"selected\": \"partly\", \"specify\": {\"partly\": \"in two ministries\"}}"));
        DocumentFile decree = upload(sweden, "q1_law:documents", "decree.pdf");
        response.save("q1_law:documents", DocumentFile.toJson(List.of(decree)));
        DocumentFile act = upload(sweden, "q2_texts", "act.pdf");
        response.save("q2_texts", DocumentFile.toJson(List.of(act)));
        response.save("q3_links", json("[{\"url\": \"https://www.riksdagen.se/sfs\", \"title\": \"SFS\"}]"));
        response.save("q4a_sectors", json("{\"selected\": [\"AGRICULTURE\", \"1+ SECTORS\"]}"));
        response.save("q4b_shares", json("{\"selected\": [\"mail\", \"online\"], \"specify\": {\"mail\": 40, \"online\": 60}}"));
        response.save("q5_total", json("120"));
        response.save("q6_granted", json("100"));
        response.save("q7_contact", json("\"mla@justice.se\""));
        response.save("q8_herds", json("{\"cattle\": {\"men\": 3, \"women\": 4, \"extent\": \"1+ SECTORS\", \"checked\": \"yes\"},"
                + " \"pigs\": {\"men\": 1, \"checked\": \"no\"}, \"wheat\": {\"since\": \"2020-01-01\", \"checked\": \"yes\"}}"));
        assertThat(response.shown("q9_cattle")).as("a grid cell's condition").isTrue();
        response.save("q9_cattle", json("\"Cattle are kept in several regions.\""));
        response.save("q10_bodies", json("[{\"name\": \"Prosecution Authority\", \"staff\": 12}, {\"name\": \"Police\", \"staff\": 3}]"));
        assertThat(response.shown("q11_large")).as("any row where staff ≥ 10").isTrue();
        response.save("q11_large", json("\"In regional offices.\""));
        response.save("q12_projects", json("[{\"title\": \"Water\", \"budget\": 1200.5, \"sector\": \"AGRICULTURE\"},"
                + " {\"title\": \"Roads\", \"done\": \"yes\", \"ended\": \"2025-06-30\"}, {\"title\": \"Schools\", \"done\": \"no\"}]"));
        assertThat(response.missing()).isEmpty();
        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);

        SignIn.as(users, "manager");
        assertThat(answersSheet(response.campaign())).contains("q1_law.partly.specify", "q1_law:documents",
                "q8_herds.total:men", "q10_bodies.total:staff", "q12_projects.3.title");
        assertThat(groupSheetTitles(response.campaign())).containsExactly("Title", "Water", "Roads", "Schools");
        try (PDDocument pdf = Loader.loadPDF(pdfs.response(sweden, Language.EN))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Yes, to some extent (in two ministries)")
                    .contains("decree.pdf").contains("Project 3: Title: Schools");
        }
        assertThat(zipEntries(response.campaign())).containsExactlyInAnyOrder(
                "Sweden (SWE)/1 q1_law_documents/decree.pdf", "Sweden (SWE)/2 q2_texts/act.pdf");
    }

    private DocumentFile upload(long assignment, String key, String name) {
        return documents.upload(assignment, key, name, new ByteArrayInputStream(TestFiles.pdf("Text of " + name)));
    }

    private List<String> answersSheet(long campaign) throws IOException {
        try (XSSFWorkbook workbook = xlsx(campaign)) {
            List<String> keys = new ArrayList<>();
            workbook.getSheet("Answers").getRow(2).forEach(cell -> keys.add(cell.getStringCellValue()));
            return keys;
        }
    }

    private List<String> groupSheetTitles(long campaign) throws IOException {
        try (XSSFWorkbook workbook = xlsx(campaign)) {
            Sheet projects = workbook.getSheet("Group q12_projects");
            List<String> titles = new ArrayList<>();
            for (Row row : projects) {
                titles.add(row.getCell(4).getStringCellValue());
            }
            return titles;
        }
    }

    private XSSFWorkbook xlsx(long campaign) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.XLSX, out, rows -> { });
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private List<String> zipEntries(long campaign) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.zip(campaign, out);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}

package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.qconsole.answer.DocumentFile;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.Roles;
import org.qconsole.questionnaire.AnswerSlot;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.questionnaire.QuestionSlot;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.response.repository.DocumentRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every file a campaign's answers list, as one ZIP written as it is read: a folder per State
 * ({@code Sweden (SWE)/}), in it a folder per question ({@code 1 q1_laws/}) with the files under their names.
 * One chunk of one file is in memory at a time; files an answer no longer lists (history) are left out.
 */
@Service
@Transactional(readOnly = true)
public class DocumentArchive {

    private final AssignmentService assignments;
    private final TemplateService templates;
    private final AnswerRepository answers;
    private final DocumentRepository documents;

    DocumentArchive(AssignmentService assignments, TemplateService templates, AnswerRepository answers,
            DocumentRepository documents) {
        this.assignments = assignments;
        this.templates = templates;
        this.answers = answers;
        this.documents = documents;
    }

    /** Writes the campaign's files as a ZIP to {@code out}; how many files it holds. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    public int zip(long campaignId, OutputStream out) {
        int files = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED); // most files are compressed already
            for (Assignment assignment : assignments.assignments(campaignId)) {
                files += addResponse(zip, assignment);
            }
            zip.finish();
            zip.flush();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int addResponse(ZipOutputStream zip, Assignment assignment) throws IOException {
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        Map<String, JsonNode> values = answers.values(assignment.id());
        String state = safe(assignment.country().name() + " (" + assignment.country().alpha3() + ")");
        Set<String> names = new HashSet<>();
        int files = 0;
        for (AnswerSlot slot : questionnaire.slots()) {
            if (!(slot instanceof QuestionSlot question) || !question.kind().takesFiles()) {
                continue;
            }
            List<DocumentFile> listed = DocumentFile.read(values.get(slot.key())).orElse(List.of());
            String folder = state + "/" + safe((slot.number().isBlank() ? "" : slot.number() + " ") + slot.key()) + "/";
            for (DocumentFile file : listed) {
                zip.putNextEntry(new ZipEntry(unique(names, folder, safe(file.name()))));
                copy(file, zip);
                zip.closeEntry();
                files++;
            }
        }
        return files;
    }

    private void copy(DocumentFile file, OutputStream out) throws IOException {
        StoredDocument stored = documents.find(file.id()).orElseThrow(() ->
                new IllegalStateException("An answer lists document " + file.id() + ", which is not stored"));
        for (int sequence = 0; sequence < stored.chunks(); sequence++) {
            out.write(documents.chunk(file.id(), sequence).orElseThrow());
        }
    }

    /** A name for a ZIP entry: no path separators or characters file systems refuse. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "_" : cleaned;
    }

    /** The path, or with " (2)", " (3)"... before its extension when two files of a folder share a name. */
    private static String unique(Set<String> taken, String folder, String name) {
        String path = folder + name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(path); n++) {
            path = folder + (dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")");
        }
        return path;
    }
}

package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.DocumentRefused;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.questionnaire.AnswerSlot;
import org.qconsole.questionnaire.QuestionSlot;
import org.qconsole.response.repository.DocumentRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of "documents" answers (docs/decisions/0017): uploaded by the country's users while the response
 * is open, streamed into PostgreSQL in one transaction (a refused or broken upload leaves nothing), read back
 * in chunks by the country's users, the secretariat and managers. Files are never changed or deleted: an
 * answer lists the ones it holds now, and its history the ones it held.
 */
@Service
@Transactional
public class DocumentService {

    /** The content is stored in chunks of this many bytes (1 MiB), one in memory at a time. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    private final DocumentRepository documents;
    private final ResponseWorkflow workflow;
    private final TemplateService templates;
    private final CurrentUserService currentUsers;
    private final DocumentLimits limits;
    private final DocumentUpload upload;
    private final Delegations delegations;

    DocumentService(DocumentRepository documents, ResponseWorkflow workflow, TemplateService templates,
            CurrentUserService currentUsers, DocumentLimits limits, DocumentScanner scanner, Delegations delegations) {
        this.documents = documents;
        this.delegations = delegations;
        this.workflow = workflow;
        this.templates = templates;
        this.currentUsers = currentUsers;
        this.limits = limits;
        this.upload = new DocumentUpload(documents, limits, scanner);
    }

    /**
     * Stores a file for a documents question of an open response, read from {@code content} to its end. The
     * answer lists it once the form saves the answer.
     *
     * @throws DocumentRefused with the reason (a limit, the type, the scan, a broken upload): nothing is kept
     */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public DocumentFile upload(long assignmentId, String questionKey, String fileName, InputStream content) {
        // Not locked (unlike a save): an upload may take minutes, and colleagues' saves must not wait for it.
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.ANSWER);
        AnswerSlot slot = templates.published(assignment.templateVersionId()).slot(questionKey)
                .filter(found -> found instanceof QuestionSlot question && question.kind().takesFiles())
                .orElseThrow(() -> AssignmentException.because("response.refused.noDocumentsQuestion", questionKey));
        delegations.requireMayChange(assignment, slot);
        return upload.store(assignmentId, assignment.country().alpha3(), questionKey, fileName(fileName), content,
                documents.totalSize(assignmentId), currentUsers.require().username()).file();
    }

    /** A stored file's details; another country's file is not found (for a country user). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public StoredDocument document(UUID id) {
        CurrentUser user = currentUsers.require();
        return documents.find(id).filter(d -> !user.isCountryUser()
                || user.country().map(c -> c.alpha3().equals(d.country())).orElse(false))
                .orElseThrow(() -> AssignmentException.because("response.refused.noDocument", String.valueOf(id)));
    }

    /** Writes a stored file's content to {@code out}, chunk by chunk. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public void copyTo(UUID id, OutputStream out) {
        StoredDocument document = document(id);
        try {
            for (int sequence = 0; sequence < document.chunks(); sequence++) {
                out.write(documents.chunk(id, sequence).orElseThrow(() ->
                        new IllegalStateException("Document " + id + " lacks a chunk")));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with the files a documents answer lists: each must be one stored for this response and
     * question with the name, type and size the answer gives, or one the stored answer lists already (copied
     * from an earlier response). Empty when all are; the server's check against forged values.
     */
    Optional<String> problem(long assignmentId, String questionKey, JsonNode value, JsonNode storedValue) {
        List<DocumentFile> files = DocumentFile.read(value).orElse(List.of());
        if (files.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentFile> listed = DocumentFile.read(storedValue).orElse(List.of());
        Map<UUID, DocumentFile> stored = documents.findOf(assignmentId, questionKey,
                files.stream().map(DocumentFile::id).toList()).stream().map(StoredDocument::file)
                .collect(Collectors.toMap(DocumentFile::id, Function.identity()));
        listed.forEach(file -> stored.putIfAbsent(file.id(), file));
        for (DocumentFile file : files) {
            DocumentFile known = stored.get(file.id());
            if (known == null || !known.name().equals(file.name()) || !known.type().equals(file.type())
                    || known.size() != file.size()) {
                return Optional.of("The file " + file.name() + " is not one uploaded to this question: upload it"
                        + " again.");
            }
        }
        return Optional.empty();
    }

    /** The limits in force, for the form to say them before an upload. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public DocumentLimits limits() {
        return limits;
    }

    /** The name as stored: without a browser's path, control characters or surrounding spaces, at most 255 characters. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() <= DocumentFile.MAX_NAME_LENGTH ? name
                : name.substring(name.length() - DocumentFile.MAX_NAME_LENGTH);
    }
}

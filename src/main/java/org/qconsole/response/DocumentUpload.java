package org.qconsole.response;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import org.qconsole.common.Phrase;
import org.qconsole.answer.DocumentFile;
import org.qconsole.answer.DocumentRefused;
import org.qconsole.answer.FileSize;
import org.qconsole.response.repository.DocumentRepository;

/**
 * One file streaming in: its type detected from its first bytes, then its content written chunk by chunk as
 * it is read (one chunk in memory), counted against the limits and fed to the scanner, and the file's row
 * last. Any refusal throws {@link DocumentRefused}; the caller's transaction then rolls every chunk back.
 */
final class DocumentUpload {

    private final DocumentRepository documents;
    private final DocumentLimits limits;
    private final DocumentScanner scanner;

    DocumentUpload(DocumentRepository documents, DocumentLimits limits, DocumentScanner scanner) {
        this.documents = documents;
        this.limits = limits;
        this.scanner = scanner;
    }

    /**
     * @param alreadyStored the bytes the response's files take already
     */
    StoredDocument store(long assignmentId, String country, String questionKey, String name, InputStream content,
            long alreadyStored, String uploadedBy) {
        UUID id = UUID.randomUUID();
        try (DocumentScanner.Scan scan = scanner.begin(name)) {
            InputStream in = new BufferedInputStream(content, 64 * 1024);
            in.mark(1);
            if (in.read() < 0) {
                throw DocumentRefused.because("answer.documents.refused.empty", name);
            }
            in.reset();
            DocumentTypes.Detected type = DocumentTypes.detect(in, name);
            if (!type.accepted()) {
                throw DocumentRefused.because("answer.documents.refused.type", name,
                        DocumentTypes.describe(type.type()), new Phrase("answer.documents.accepted"));
            }
            long size = copy(in, id, country, name, alreadyStored, scan);
            scan.verdict().ifPresent(reason -> {
                throw DocumentRefused.because("answer.documents.refused.scan", name, reason);
            });
            StoredDocument document = new StoredDocument(new DocumentFile(id, name, type.name(), size, ""),
                    assignmentId, country, questionKey);
            documents.insert(document, uploadedBy);
            return document;
        } catch (IOException e) {
            throw DocumentRefused.because(e, "answer.documents.refused.brokeOff", name);
        }
    }

    private long copy(InputStream in, UUID id, String country, String name, long alreadyStored,
            DocumentScanner.Scan scan) throws IOException {
        long maxFile = limits.maxFileSize().toBytes();
        long maxResponse = limits.maxResponseSize().toBytes();
        // The first read takes only what there is: a small file costs its size, not a whole chunk. A file of
        // more than one chunk reuses that first chunk's array for the others.
        byte[] chunk = in.readNBytes(DocumentService.CHUNK_BYTES);
        int read = chunk.length;
        long size = 0;
        int sequence = 0;
        while (read > 0) {
            size += read;
            if (size > maxFile) {
                throw DocumentRefused.because("answer.documents.refused.tooLarge", name,
                        new FileSize(limits.maxFileSize().toBytes()));
            }
            if (alreadyStored + size > maxResponse) {
                throw DocumentRefused.because("answer.documents.refused.full", name,
                        new FileSize(limits.maxResponseSize().toBytes()), new FileSize(alreadyStored));
            }
            scan.write(chunk, read);
            documents.insertChunk(id, country, sequence++, read == chunk.length ? chunk : Arrays.copyOf(chunk, read));
            read = read < DocumentService.CHUNK_BYTES ? 0 : in.readNBytes(chunk, 0, chunk.length);
        }
        return size;
    }
}

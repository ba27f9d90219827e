package org.qconsole.response;

import org.qconsole.answer.DocumentFile;

/** A file stored for a response's documents question, with the country it belongs to. */
public record StoredDocument(DocumentFile file, long assignmentId, String country, String questionKey) {

    /** How many chunks of {@link DocumentService#CHUNK_BYTES} hold the file. */
    public int chunks() {
        return (int) ((file.size() + DocumentService.CHUNK_BYTES - 1) / DocumentService.CHUNK_BYTES);
    }
}

package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.DOCUMENT;
import static org.qconsole.jooq.Tables.DOCUMENT_CHUNK;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qconsole.answer.DocumentFile;
import org.qconsole.response.StoredDocument;
import org.springframework.stereotype.Repository;

/**
 * Uploaded files and their content in chunks, under row-level security like answers. Rows are only ever
 * added: the console's role may neither change nor delete them.
 */
@Repository
public class DocumentRepository {

    private final DSLContext dsl;

    public DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One chunk of a file being uploaded; its file's row follows before the commit (a deferred key). */
    public void insertChunk(UUID documentId, String country, int sequence, byte[] data) {
        dsl.insertInto(DOCUMENT_CHUNK, DOCUMENT_CHUNK.DOCUMENT_ID, DOCUMENT_CHUNK.COUNTRY, DOCUMENT_CHUNK.SEQUENCE,
                DOCUMENT_CHUNK.DATA).values(documentId, country, sequence, data).execute();
    }

    public void insert(StoredDocument document, String uploadedBy) {
        DocumentFile file = document.file();
        dsl.insertInto(DOCUMENT).set(DOCUMENT.ID, file.id()).set(DOCUMENT.ASSIGNMENT_ID, document.assignmentId())
                .set(DOCUMENT.COUNTRY, document.country()).set(DOCUMENT.QUESTION_KEY, document.questionKey())
                .set(DOCUMENT.FILE_NAME, file.name()).set(DOCUMENT.MEDIA_TYPE, file.type())
                .set(DOCUMENT.SIZE_BYTES, file.size())
                .set(DOCUMENT.DESCRIPTION, file.description().isEmpty() ? null : file.description())
                .set(DOCUMENT.UPLOADED_BY, uploadedBy).execute();
    }

    public Optional<StoredDocument> find(UUID id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional().map(DocumentRepository::toDocument);
    }

    /** The files of one question of a response among these ids. */
    public List<StoredDocument> findOf(long assignmentId, String questionKey, Collection<UUID> ids) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ASSIGNMENT_ID.eq(assignmentId))
                .and(DOCUMENT.QUESTION_KEY.eq(questionKey)).and(DOCUMENT.ID.in(ids)).fetch()
                .map(DocumentRepository::toDocument);
    }

    /** The bytes stored for a response, every file counted (also those an answer no longer lists). */
    public long totalSize(long assignmentId) {
        return dsl.select(DSL.coalesce(DSL.sum(DOCUMENT.SIZE_BYTES), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(DOCUMENT).where(DOCUMENT.ASSIGNMENT_ID.eq(assignmentId)).fetchOne(0, Long.class);
    }

    /** One chunk of a file's content; empty past its end. */
    public Optional<byte[]> chunk(UUID documentId, int sequence) {
        return dsl.select(DOCUMENT_CHUNK.DATA).from(DOCUMENT_CHUNK).where(DOCUMENT_CHUNK.DOCUMENT_ID.eq(documentId))
                .and(DOCUMENT_CHUNK.SEQUENCE.eq(sequence)).fetchOptional(DOCUMENT_CHUNK.DATA);
    }

    private static StoredDocument toDocument(Record r) {
        return new StoredDocument(new DocumentFile(r.get(DOCUMENT.ID), r.get(DOCUMENT.FILE_NAME),
                r.get(DOCUMENT.MEDIA_TYPE), r.get(DOCUMENT.SIZE_BYTES), r.get(DOCUMENT.DESCRIPTION)),
                r.get(DOCUMENT.ASSIGNMENT_ID), r.get(DOCUMENT.COUNTRY), r.get(DOCUMENT.QUESTION_KEY));
    }
}

package org.qconsole.response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files the console takes, by what their content is (Apache Tika's detector reads the first bytes),
 * never by their name: PDF, Office and OpenDocument files, plain text and common images. The name only
 * refines a type the content already shows (a ZIP of Office parts is a Word file when it is called .docx).
 */
final class DocumentTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final Detector DETECTOR = TYPES;

    /** The accepted types; their specializations (e.g. PDF/A, each Office format) are accepted too. */
    static final Set<MediaType> ACCEPTED = Set.of(
            MediaType.application("pdf"),
            MediaType.application("x-tika-msoffice"), MediaType.application("x-tika-ooxml"),
            MediaType.application("msword"), MediaType.application("vnd.ms-excel"),
            MediaType.application("vnd.ms-powerpoint"), MediaType.application("rtf"),
            MediaType.TEXT_PLAIN,
            MediaType.image("png"), MediaType.image("jpeg"), MediaType.image("gif"), MediaType.image("tiff"),
            MediaType.image("webp"), MediaType.image("bmp"));

    /**
     * Plain text that Tika's magic takes for something else: a text starting "Article 1." is a news article
     * ("message/news") to it. Stored and served as plain text.
     */
    private static final Set<MediaType> PLAIN_TEXT_LOOKALIKES = Set.of(MediaType.parse("message/news"));

    private DocumentTypes() {
    }

    /** The type of a file: the content's, refined by the name where it agrees. Reads and resets a mark-supporting stream. */
    static Detected detect(InputStream content, String fileName) throws IOException {
        MediaType byContent = DETECTOR.detect(content, new Metadata());
        if (PLAIN_TEXT_LOOKALIKES.contains(byContent.getBaseType())) {
            return new Detected(MediaType.TEXT_PLAIN, true);
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType refined = DETECTOR.detect(content, named);
        MediaType type = REGISTRY.isSpecializationOf(refined, byContent) ? refined : byContent;
        return new Detected(type, accepted(byContent));
    }

    /** A detected type, and whether its content is of an accepted kind. */
    record Detected(MediaType type, boolean accepted) {

        /** The type as stored: "application/pdf" (parameters such as a charset left out). */
        String name() {
            return type.getBaseType().toString();
        }
    }

    private static boolean accepted(MediaType type) {
        MediaType base = type.getBaseType();
        if (base.equals(MediaType.TEXT_PLAIN)) {
            return true;
        }
        if (base.getSubtype().startsWith("vnd.oasis.opendocument.")
                || base.getSubtype().startsWith("vnd.openxmlformats-officedocument.")) {
            return true;
        }
        // HTML, scripts and XML are plain text to the registry: plain text is taken as itself only.
        for (MediaType t = base; t != null && !t.equals(MediaType.TEXT_PLAIN); t = REGISTRY.getSupertype(t)) {
            if (ACCEPTED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A short description of a refused type for the message: its name as Tika knows it, or the type. */
    static String describe(MediaType type) {
        try {
            String description = TYPES.forName(type.getBaseType().toString()).getDescription();
            return Optional.ofNullable(description).filter(d -> !d.isBlank()).map(d -> d + " (" + type.getBaseType() + ")")
                    .orElse(type.getBaseType().toString());
        } catch (MimeTypeException e) {
            return type.getBaseType().toString();
        }
    }
}

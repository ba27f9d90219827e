package org.qconsole.template.translation;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.lib.xliff2.InvalidParameterException;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.qconsole.common.Phrase;

/**
 * A questionnaire version's texts as an XLIFF 2.0 document for translators (Okapi's XLIFF 2 library, which
 * also validates what comes back against the XLIFF 2.0 schemas). One {@code <file>} per document, naming the
 * template and the version in its metadata; one {@code <unit>} per text with a note saying what it is.
 * Formatted texts carry their HTML as text ({@code &lt;p&gt;}), so a translator's tool shows the tags to keep;
 * XLIFF's own inline codes are not used, and a target that has them is refused.
 */
public final class XliffFiles {

    static final String METADATA_CATEGORY = "questionnaire-console";
    static final String TEMPLATE = "template";
    static final String VERSION = "version";

    private XliffFiles() {
    }

    public static byte[] write(TranslationFile.Header header, List<TextUnits.Unit> units) {
        StringWriter out = new StringWriter();
        XLIFFWriter writer = new XLIFFWriter();
        writer.setLineBreak("\n");
        writer.setUseIndentation(true);
        writer.create(out, "en", header.targetLanguage());
        StartFileData file = new StartFileData("version-" + header.versionId());
        file.setOriginal(header.versionLabel());
        writer.writeStartFile(file);
        writer.writeMidFile(fileData(header));
        for (TextUnits.Unit text : units) {
            Unit unit = new Unit(text.id());
            Note note = new Note(text.note());
            note.setCategory("description");
            unit.addNote(note);
            Segment segment = unit.appendSegment();
            segment.setSource(text.english());
            if (!text.translation().isEmpty()) {
                segment.setTarget(text.translation());
            }
            writer.writeUnit(unit);
        }
        writer.writeEndFile();
        writer.writeEndDocument();
        writer.close();
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + out.toString().substring(out.toString().indexOf('\n')))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static MidFileData fileData(TranslationFile.Header header) {
        MidFileData data = new MidFileData();
        Note note = new Note("Questionnaire " + header.versionLabel() + ": translate each unit's English text into "
                + header.targetLanguage() + ". Keep the tags of formatted texts. Send the file back as it is: the"
                + " secretariat imports it into the same version.");
        note.setCategory("instructions");
        data.addNote(note);
        MetaGroup group = new MetaGroup();
        group.setCategory(METADATA_CATEGORY);
        group.add(new Meta(TEMPLATE, header.templateCode()));
        group.add(new Meta(VERSION, String.valueOf(header.versionId())));
        Metadata metadata = new Metadata();
        metadata.addGroup(group);
        data.setMetadata(metadata);
        return data;
    }

    /**
     * Reads a translated document.
     *
     * @throws TranslationFileException when it is not a valid XLIFF 2.0 document of this console (the message
     *         says where and why; nothing of the file is used then)
     */
    public static TranslationFile read(byte[] bytes) {
        XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        String target = null;
        String template = null;
        String version = null;
        String label = "";
        int files = 0;
        List<TranslationFile.Unit> units = new ArrayList<>();
        try {
            reader.open(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                Event event = reader.next();
                switch (event.getType()) {
                    case START_XLIFF -> target = event.getStartXliffData().getTargetLanguage();
                    case START_FILE -> {
                        files++;
                        label = event.getStartFileData().getOriginal();
                    }
                    case MID_FILE -> {
                        template = meta(event.getMidFileData(), TEMPLATE);
                        version = meta(event.getMidFileData(), VERSION);
                    }
                    case TEXT_UNIT -> units.add(unit(event.getUnit()));
                    default -> {
                    }
                }
            }
        } catch (XLIFFException | InvalidParameterException e) {
            throw TranslationFileException.because("template.translation.file.notXliff",
                    e.getMessage().trim().replace('\n', ' '));
        } finally {
            reader.close();
        }
        if (files != 1 || template == null || version == null || !version.matches("\\d{1,18}")) {
            throw TranslationFileException.because("template.translation.file.notExported");
        }
        if (target == null || target.isBlank()) {
            throw TranslationFileException.because("template.translation.file.noLanguage");
        }
        return new TranslationFile(new TranslationFile.Header(template, Long.parseLong(version),
                label == null ? "" : label, target), units);
    }

    private static String meta(MidFileData data, String type) {
        if (data == null || !data.hasMetadata()) {
            return null;
        }
        for (MetaGroup group : data.getMetadata()) {
            if (METADATA_CATEGORY.equals(group.getCategory())) {
                for (IMetadataItem item : group) {
                    if (!item.isGroup() && type.equals(((Meta) item).getType())) {
                        return ((Meta) item).getData();
                    }
                }
            }
        }
        return null;
    }

    private static TranslationFile.Unit unit(Unit unit) {
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        boolean codes = false;
        for (Segment segment : unit.getSegments()) {
            source.append(segment.getSource().getPlainText());
            Fragment translated = segment.getTarget();
            if (translated != null) {
                target.append(translated.getPlainText());
                codes |= translated.hasTag();
            }
        }
        return new TranslationFile.Unit(unit.getId(), new Phrase("template.translation.place.unit", unit.getId()), source.toString(), target.toString(),
                codes);
    }
}

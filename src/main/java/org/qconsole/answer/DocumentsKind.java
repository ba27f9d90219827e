package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * Files the respondent uploads: the value lists them ({@link DocumentFile}). This kind checks the list's
 * shape and settings; that every file is one stored for this response and question is checked where the
 * files are (the response's document service), before an answer is saved.
 */
public record DocumentsKind(AnswerSpec.Documents spec) implements AnswerKind {

    /** The most files when the settings name none. */
    public static final int DEFAULT_MAX_FILES = 10;

    /** The most files an answer may list. */
    public int fileLimit() {
        return spec.maxFiles() == null ? DEFAULT_MAX_FILES : spec.maxFiles();
    }

    /** Whether each file may carry the respondent's description. */
    public boolean describesFiles() {
        return spec.descriptions() == null || spec.descriptions();
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        Optional<List<DocumentFile>> files = DocumentFile.read(value);
        if (files.isEmpty()) {
            return Optional.of(Messages.text(language, "answer.check.documentsUnreadable"));
        }
        if (files.get().size() > fileLimit()) {
            return Optional.of(Messages.text(language, "answer.check.tooManyFiles", fileLimit(),
                    String.valueOf(fileLimit()), String.valueOf(files.get().size())));
        }
        Set<UUID> ids = new HashSet<>();
        for (DocumentFile file : files.get()) {
            if (!ids.add(file.id())) {
                return Optional.of(Messages.text(language, "answer.check.fileTwice", file.name()));
            }
            if (file.description().length() > DocumentFile.MAX_DESCRIPTION_LENGTH) {
                return Optional.of(Messages.text(language, "answer.check.descriptionTooLong", file.name(),
                        String.valueOf(DocumentFile.MAX_DESCRIPTION_LENGTH),
                        String.valueOf(file.description().length())));
            }
            if (!describesFiles() && !file.description().isEmpty()) {
                return Optional.of(Messages.text(language, "answer.check.noDescriptions"));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        return value.isArray() && !value.isEmpty();
    }

    /** The file names, with their descriptions: "law.pdf (Criminal code); annex.docx". */
    @Override
    public String text(JsonNode value, Language language) {
        return DocumentFile.read(value).map(files -> files.stream().map(DocumentFile::inWords)
                .collect(Collectors.joining("; "))).orElseGet(() -> Words.asStored(value));
    }

    @Override
    public String blankHtml(Language language) {
        return "<div class=\"note\">" + Messages.text(language, "answer.print.filesAttached")
                + "</div><div class=\"lines\"></div>";
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.maxFiles() != null && (spec.maxFiles() < 1 || spec.maxFiles() > Settings.MAX_FILES)) {
            problems.accept(new Phrase("answer.settings.filesCount", String.valueOf(spec.maxFiles()),
                    String.valueOf(Settings.MAX_FILES)));
        }
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.documents");
    }
}

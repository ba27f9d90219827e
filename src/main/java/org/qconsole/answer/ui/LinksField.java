package org.qconsole.answer.ui;

import java.util.List;
import org.qconsole.answer.LinksKind;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The input of a links answer: rows of a web address and a title, added and removed like a table's, since the
 * value has a table's shape ({@code [{"url": ..., "title": ...}]}); the links kind checks the addresses.
 */
final class LinksField {

    private LinksField() {
    }

    /** A table of two columns, labelled in the form's language (the labels are the form's, not the designer's). */
    static AnswerField create(String id, AnswerSpec.Links spec, Language language, Runnable onChange) {
        Column url = new Column("url", LocalizedText.en(FormWords.of(language, "form.links.url")), ColumnType.TEXT,
                List.of()).withCellSettings(null, LinksKind.MAX_URL_LENGTH, true);
        Column title = new Column("title", LocalizedText.en(FormWords.of(language, "form.links.title")),
                ColumnType.TEXT, List.of()).withCellSettings(null, LinksKind.MAX_TITLE_LENGTH, false);
        return new TableField(id, new AnswerSpec.Table(List.of(url, title), null,
                new LinksKind(spec).linkLimit()), language, onChange);
    }
}

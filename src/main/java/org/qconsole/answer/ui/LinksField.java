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

    private static final Column URL = new Column("url", LocalizedText.en("Web address (https://...)"),
            ColumnType.TEXT, List.of()).withCellSettings(null, LinksKind.MAX_URL_LENGTH, true);
    private static final Column TITLE = new Column("title", LocalizedText.en("Title"), ColumnType.TEXT, List.of())
            .withCellSettings(null, LinksKind.MAX_TITLE_LENGTH, false);

    private LinksField() {
    }

    static AnswerField create(String id, AnswerSpec.Links spec, Language language, Runnable onChange) {
        return new TableField(id, new AnswerSpec.Table(List.of(URL, TITLE), null,
                new LinksKind(spec).linkLimit()), language, onChange);
    }
}

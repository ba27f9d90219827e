package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.CellValue;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;
import org.qconsole.model.Section;
import org.qconsole.model.Visibility;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.Problem;

/**
 * A section whose content a plugin provides: its plugin checks, counts and exports the one answer the
 * section stores. When the plugin is missing or fails, the section counts as one required part not
 * answered (it blocks submission), its answer cannot be saved, and exports and history show the answer as
 * stored: nothing is left out because a plugin failed.
 */
public final class PluginSlot implements AnswerSlot {

    static final String UNAVAILABLE = "This section is temporarily unavailable: its answer cannot be saved now.";

    private final Section section;
    private final Optional<GuardedSectionType> type;

    PluginSlot(Section section, Optional<GuardedSectionType> type) {
        this.section = section;
        this.type = type;
    }

    @Override
    public String key() {
        return section.key();
    }

    @Override
    public Section section() {
        return section;
    }

    @Override
    public String number() {
        return section.number();
    }

    @Override
    public String label() {
        return label(Language.EN);
    }

    @Override
    public String label(Language language) {
        return section.title() == null ? section.key() : MarkedTitle.words(section.title().in(language));
    }

    /** The installed section type, when there is one. */
    public Optional<GuardedSectionType> type() {
        return type;
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        GuardedSectionType running = type.orElseThrow(() -> new SlotUnavailable(UNAVAILABLE));
        try {
            return running.validate(configuration(), AnswerKinds.isEmpty(value) ? null : value).stream()
                    .map(Problem::message).findFirst();
        } catch (PluginUnavailable e) {
            throw new SlotUnavailable(UNAVAILABLE);
        }
    }

    @Override
    public SlotCompletion completion(JsonNode value, Visibility visibility) {
        Optional<Completion> completion = askCompletion(AnswerKinds.isEmpty(value) ? null : value);
        if (completion.isEmpty()) {
            return SlotCompletion.missing(0, 1, missing(new Phrase("response.missing.unavailable")));
        }
        Completion c = completion.get();
        return c.complete() ? SlotCompletion.done(c.answered(), c.required())
                : SlotCompletion.missing(c.answered(), c.required(),
                        missing(new Phrase("response.missing.partly", String.valueOf(c.answered()),
                                String.valueOf(c.required()))));
    }

    /** The plugin's export cells as "label: value" pairs, in its column order; the stored JSON without it. */
    @Override
    public String text(JsonNode value, Language language) {
        if (AnswerKinds.isEmpty(value)) {
            return "";
        }
        try {
            GuardedSectionType running = type.orElseThrow(() -> new PluginUnavailable("missing"));
            Map<String, String> cells = running.exportCells(configuration(), value);
            StringJoiner words = new StringJoiner("; ");
            for (ExportColumn column : running.exportColumns(configuration())) {
                String cell = cells.getOrDefault(column.key(), "");
                if (!cell.isBlank()) {
                    words.add(column.label() + ": " + cell);
                }
            }
            return words.toString();
        } catch (PluginUnavailable e) {
            return value.toString();
        }
    }

    @Override
    public List<AnswerColumn> columns(Language language) {
        String title = label(language);
        try {
            if (type.isPresent()) {
                return type.get().exportColumns(configuration()).stream().map(c -> new AnswerColumn(
                        key() + "." + c.key(), number(), title + ": " + c.label(), key(),
                        answer -> cell(answer, c.key()))).toList();
            }
        } catch (PluginUnavailable e) {
            // falls through to the answer as stored
        }
        return List.of(new AnswerColumn(key(), number(), Messages.text(language, "export.heading.asStored", title), key(),
                answer -> answer == null ? CellValue.EMPTY : CellValue.text(answer.toString())));
    }

    @Override
    public String html(JsonNode value, boolean blank, Language language) {
        if (type.isEmpty()) {
            return "<p class=\"note\">" + Messages.text(language, "form.print.pluginMissing") + "</p>";
        }
        try {
            Map<String, String> cells = blank || AnswerKinds.isEmpty(value) ? Map.of()
                    : type.get().exportCells(configuration(), value);
            StringBuilder html = new StringBuilder("<table class=\"grid\">");
            for (ExportColumn column : type.get().exportColumns(configuration())) {
                html.append("<tr><th>").append(RichText.escape(column.label())).append("</th><td>")
                        .append(RichText.escape(cells.getOrDefault(column.key(), ""))).append("</td></tr>");
            }
            return html.append("</table>").toString();
        } catch (PluginUnavailable e) {
            return "<p class=\"note\">" + Messages.text(language, "form.print.pluginUnavailable") + "</p>";
        }
    }

    @Override
    public Optional<Integer> answerFormat() {
        try {
            return type.map(GuardedSectionType::answerFormat);
        } catch (PluginUnavailable e) {
            throw new SlotUnavailable(UNAVAILABLE);
        }
    }

    private JsonNode configuration() {
        return section.plugin().configuration();
    }

    private Optional<Completion> askCompletion(JsonNode value) {
        try {
            return type.map(t -> t.completion(configuration(), value));
        } catch (PluginUnavailable e) {
            return Optional.empty();
        }
    }

    private CellValue cell(JsonNode answer, String columnKey) {
        if (answer == null) {
            return CellValue.EMPTY;
        }
        try {
            return CellValue.text(type.orElseThrow().exportCells(configuration(), answer).getOrDefault(columnKey, ""));
        } catch (PluginUnavailable e) {
            return CellValue.text(answer.toString());
        }
    }

    private MissingAnswer missing(Worded why) {
        return new MissingAnswer(key(), number(), language -> label(language) + " (" + why.in(language) + ")");
    }
}

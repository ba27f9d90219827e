package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.qconsole.answer.CellValue;
import org.qconsole.answer.ExportColumn;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.Campaign;
import org.qconsole.model.Question;
import org.qconsole.questionnaire.PublishedQuestionnaire;

/**
 * The long form of each repeating group in an XLSX export: a sheet per group with one row per repetition
 * (the State, the campaign, the repetition's number, then the repeated questions' columns), for analysis that
 * the side-by-side columns of the "Answers" sheet make awkward. Rows are written as responses are read.
 */
final class RepetitionSheets {

    /** Reads a campaign's responses one at a time: the assignment's id and its answers by question key. */
    interface Responses {
        void each(long campaignId, BiConsumer<Long, Map<String, JsonNode>> action);
    }

    private static final int SHEET_NAME_LIMIT = 31;
    private static final List<String> LEADING = List.of("export.heading.state", "export.heading.iso",
            "export.heading.campaign", "export.heading.repetition");

    private RepetitionSheets() {
    }

    /** Writes a sheet for each repeating group of the newest version, lined up by key with older versions. */
    static void write(TableWriter writer, ExportWords words, List<Campaign> campaigns, Map<Long, PublishedQuestionnaire> versions,
            Map<Long, Map<Long, Assignment>> assignments, Responses responses) throws IOException {
        PublishedQuestionnaire newest = versions.values().iterator().next();
        Set<String> sheetNames = new HashSet<>();
        for (Question group : newest.definition().questions()) {
            List<ExportColumn> columns = AnswerKinds.of(group.answer()).repetitionColumns(words.language());
            if (!columns.isEmpty()) {
                writer.startTable(sheetName(words.text("export.sheet.group", group.key()), sheetNames), 1);
                List<CellValue> header = new ArrayList<>();
                LEADING.forEach(key -> header.add(CellValue.text(words.text(key))));
                columns.forEach(column -> header.add(CellValue.text(column.header())));
                writer.row(header);
                for (Campaign campaign : campaigns) {
                    writeCampaign(writer, words, group.key(), columns, campaign, versions.get(campaign.templateVersionId()),
                            assignments.get(campaign.id()), responses);
                }
            }
        }
    }

    private static void writeCampaign(TableWriter writer, ExportWords words, String key, List<ExportColumn> newestColumns,
            Campaign campaign, PublishedQuestionnaire version, Map<Long, Assignment> assignments, Responses responses) {
        Map<String, ExportColumn> own = ownColumns(version, key, words);
        if (own.isEmpty()) {
            return; // this campaign's version has no such group
        }
        responses.each(campaign.id(), (assignmentId, given) -> {
            Assignment assignment = assignments.get(assignmentId);
            JsonNode value = given.get(key);
            if (assignment == null || value == null || !value.isArray() || !version.visibility(given).isShown(key)) {
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                List<CellValue> row = new ArrayList<>();
                row.add(CellValue.text(words.state(assignment)));
                row.add(CellValue.text(assignment.country().alpha3()));
                row.add(CellValue.text(campaign.title()));
                row.add(new CellValue.Number(BigDecimal.valueOf(i + 1)));
                for (ExportColumn column : newestColumns) {
                    ExportColumn mine = own.get(column.keySuffix());
                    row.add(mine == null ? CellValue.EMPTY : mine.cell().apply(value.get(i)));
                }
                try {
                    writer.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static Map<String, ExportColumn> ownColumns(PublishedQuestionnaire version, String key, ExportWords words) {
        Map<String, ExportColumn> columns = new HashMap<>();
        version.definition().questions().stream().filter(q -> key.equals(q.key())).findFirst()
                .ifPresent(q -> AnswerKinds.of(q.answer()).repetitionColumns(words.language())
                        .forEach(column -> columns.put(column.keySuffix(), column)));
        return columns;
    }

    /** "Group q1_projects", cut to what a sheet name may hold and made unique (names ignore case). */
    private static String sheetName(String wanted, Set<String> taken) {
        String name = cut(wanted);
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(wanted).substring(0, Math.min(cut(wanted).length(), SHEET_NAME_LIMIT - suffix.length()))
                    + suffix;
        }
        return name;
    }

    private static String cut(String name) {
        return name.length() > SHEET_NAME_LIMIT ? name.substring(0, SHEET_NAME_LIMIT) : name;
    }
}

package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.CellValue;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.Campaign;
import org.qconsole.model.Language;
import org.qconsole.identity.Roles;
import org.qconsole.model.MarkedTitle;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.model.Section;
import org.qconsole.model.TextBlock;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;
import org.qconsole.questionnaire.AnswerColumn;
import org.qconsole.questionnaire.Progress;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.AnswerService;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All answers of one or more campaigns as XLSX (sheets "Answers", one per repeating group in long form,
 * "Statuses", "Questionnaire") or CSV
 * (the answers): one row per country, one column per question and sub-field. Campaigns of different
 * versions of a template line up by stable question key. Answers hidden by a condition are left out.
 * Rows are written as they are read, one response at a time from a database cursor, so memory does not
 * grow with the number of responses.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
public class ExportService {

    private static final List<String> LEADING = List.of("export.heading.state", "export.heading.iso",
            "export.heading.group", "export.heading.campaign", "export.heading.status", "export.heading.completion");
    /** The leading columns' keys in the row of column keys: identifiers, the same in every language. */
    private static final List<String> LEADING_KEYS = List.of("country", "iso3", "group", "campaign", "status",
            "completion");

    private final AssignmentService assignments;
    private final AnswerService answers;
    private final TemplateService templates;

    ExportService(AssignmentService assignments, AnswerService answers, TemplateService templates) {
        this.assignments = assignments;
        this.answers = answers;
        this.templates = templates;
    }

    /** How many rows (countries) an export of these campaigns has, for a progress bar. */
    public int rowCount(List<Long> campaignIds) {
        return campaignIds.stream().mapToInt(id -> assignments.assignments(id).size()).sum();
    }

    /** "ICT-2023-v1-ICT-for-international-cooperation-2026-11-29.xlsx". */
    public String fileName(long campaignId, ExportFormat format) {
        Campaign campaign = assignments.campaign(campaignId);
        String base = (campaign.templateLabel() + " " + campaign.title()).replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (base.length() > 80 ? base.substring(0, 80) : base) + "-" + java.time.LocalDate.now() + "."
                + format.extension();
    }

    /** Writes the export in English, the secretariat's working language. */
    public void export(List<Long> campaignIds, ExportFormat format, OutputStream out, IntConsumer progress) {
        export(campaignIds, format, Language.EN, out, progress);
    }

    /**
     * Writes the export with its sheet names, headings, statuses and State names in {@code language}.
     *
     * @param progress told the number of rows written so far, after each row
     */
    public void export(List<Long> campaignIds, ExportFormat format, Language language, OutputStream out,
            IntConsumer progress) {
        ExportWords words = new ExportWords(language);
        List<Campaign> campaigns = campaignIds.stream().map(assignments::campaign)
                .sorted(Comparator.comparing(Campaign::templateVersionId).reversed()).toList();
        Map<Long, PublishedQuestionnaire> versions = new LinkedHashMap<>();
        campaigns.forEach(c -> versions.put(c.templateVersionId(), templates.published(c.templateVersionId())));
        Map<Long, Map<String, AnswerColumn>> columns = new HashMap<>();
        versions.forEach((versionId, version) -> columns.put(versionId, AnswerColumns.byKey(version.columns(language))));
        List<String> keys = AnswerColumns.aligned(columns.values().stream()
                .map(byKey -> List.copyOf(byKey.values())).toList());
        TableWriter writer = format == ExportFormat.XLSX ? new XlsxWriter(out) : new CsvWriter(out);
        try {
            writeAnswers(writer, words, format, campaigns, versions, columns, keys, progress);
            if (format == ExportFormat.XLSX) {
                RepetitionSheets.write(writer, words, campaigns, versions, assignmentsById(campaigns),
                        answers::eachResponse);
            }
            writeStatuses(writer, words, campaigns);
            writeQuestionnaire(writer, words, versions.values().iterator().next().definition());
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAnswers(TableWriter writer, ExportWords words, ExportFormat format, List<Campaign> campaigns,
            Map<Long, PublishedQuestionnaire> versions, Map<Long, Map<String, AnswerColumn>> columns, List<String> keys,
            IntConsumer progress) throws IOException {
        AnswerColumn[] newest = keys.stream().map(key -> columns.values().stream().map(c -> c.get(key))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow()).toArray(AnswerColumn[]::new);
        if (format == ExportFormat.XLSX) {
            writer.startTable(words.text("export.sheet.answers"), 3);
            writer.row(header(List.of("", "", "", "", "", ""), java.util.Arrays.stream(newest).map(AnswerColumn::number)));
            writer.row(header(LEADING.stream().map(words::text).toList(),
                    java.util.Arrays.stream(newest).map(AnswerColumn::header)));
            writer.row(header(LEADING_KEYS, keys.stream()));
        } else {
            writer.startTable(words.text("export.sheet.answers"), 1);
            writer.row(header(LEADING_KEYS, keys.stream()));
        }
        int[] written = {0};
        for (Campaign campaign : campaigns) {
            PublishedQuestionnaire version = versions.get(campaign.templateVersionId());
            Map<String, AnswerColumn> own = columns.get(campaign.templateVersionId());
            Map<Long, Assignment> byId = new HashMap<>();
            assignments.assignments(campaign.id()).forEach(a -> byId.put(a.id(), a));
            answers.eachResponse(campaign.id(), (assignmentId, given) -> {
                Assignment assignment = byId.get(assignmentId);
                if (assignment == null) {
                    return; // sent to a State after this export began: not in it
                }
                try {
                    writer.row(answerRow(words, assignment, campaign, version, own, keys, given));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(++written[0]);
            });
        }
    }

    private Map<Long, Map<Long, Assignment>> assignmentsById(List<Campaign> campaigns) {
        Map<Long, Map<Long, Assignment>> byCampaign = new HashMap<>();
        for (Campaign campaign : campaigns) {
            Map<Long, Assignment> byId = new HashMap<>();
            assignments.assignments(campaign.id()).forEach(a -> byId.put(a.id(), a));
            byCampaign.put(campaign.id(), byId);
        }
        return byCampaign;
    }

    private List<CellValue> answerRow(ExportWords words, Assignment assignment, Campaign campaign, PublishedQuestionnaire version,
            Map<String, AnswerColumn> own, List<String> keys, Map<String, JsonNode> given) {
        Visibility visibility = version.visibility(given);
        Progress progress = version.progress(given);
        List<CellValue> row = new ArrayList<>(LEADING.size() + keys.size());
        row.add(CellValue.text(words.state(assignment)));
        row.add(CellValue.text(assignment.country().alpha3()));
        row.add(CellValue.text(words.group(assignment.country())));
        row.add(CellValue.text(campaign.title()));
        row.add(CellValue.text(words.status(assignment)));
        row.add(new CellValue.Number(BigDecimal.valueOf(progress.percent())));
        for (String key : keys) {
            AnswerColumn column = own.get(key);
            if (column == null) {
                row.add(CellValue.EMPTY);
                continue;
            }
            JsonNode answer = visibility.isShown(column.questionKey()) ? given.get(column.questionKey()) : null;
            row.add(column.cell().apply(answer == null || answer.isNull() ? null : answer));
        }
        return row;
    }

    private void writeStatuses(TableWriter writer, ExportWords words, List<Campaign> campaigns) throws IOException {
        writer.startTable(words.text("export.sheet.statuses"), 1);
        writer.row(header(List.of(words.text("export.heading.state"), words.text("export.heading.iso"),
                words.text("export.heading.group"), words.text("export.heading.campaign"),
                words.text("export.heading.status"), words.text("export.heading.deadline"),
                words.text("export.heading.withdrawn")), java.util.stream.Stream.empty()));
        for (Campaign campaign : campaigns) {
            for (Assignment a : assignments.assignments(campaign.id())) {
                writer.row(List.of(CellValue.text(words.state(a)), CellValue.text(a.country().alpha3()),
                        CellValue.text(words.group(a.country())),
                        CellValue.text(campaign.title()), CellValue.text(words.status(a)),
                        CellValue.text(a.deadline().toString()), CellValue.text(a.withdrawnReason().orElse(""))));
            }
        }
    }

    private void writeQuestionnaire(TableWriter writer, ExportWords words, TemplateDefinition definition)
            throws IOException {
        writer.startTable(words.text("export.sheet.questionnaire"), 1);
        writer.row(header(List.of(words.text("export.heading.key"), words.text("export.heading.number"),
                words.text("export.heading.kind"), words.text("export.heading.text"),
                words.text("export.heading.required")), java.util.stream.Stream.empty()));
        for (Section section : definition.sections()) {
            writer.row(List.of(CellValue.text(section.key()), CellValue.text(section.number()),
                    CellValue.text(section.plugin() == null ? words.text("export.item.section")
                            : words.text("export.item.pluginSection", section.plugin().pluginId())),
                    CellValue.text(MarkedTitle.words(words.of(section.title()))), CellValue.EMPTY));
            for (Item item : section.items()) {
                questionnaireRows(writer, words, item);
            }
        }
    }

    private static void questionnaireRows(TableWriter writer, ExportWords words, Item item) throws IOException {
        if (item instanceof Question q) {
            writer.row(List.of(CellValue.text(q.key()), CellValue.text(q.number()), CellValue.text(words.of(AnswerKinds.of(q.answer()).kindName())),
                    CellValue.text(RichText.toPlainText(words.of(q.text()))),
                    CellValue.text(words.text(!q.required() ? "export.required.no"
                            : q.requiredWhen() == null ? "export.required.yes" : "export.required.when"))));
        } else if (!item.number().isBlank()) {
            writer.row(List.of(CellValue.text(item.key()), CellValue.text(item.number()),
                    CellValue.text(words.text("export.item.heading")),
                    CellValue.text(RichText.toPlainText(words.of(((TextBlock) item).text()))), CellValue.text("")));
        }
        for (Item child : item.items()) {
            questionnaireRows(writer, words, child);
        }
    }

    private static List<CellValue> header(List<String> leading, java.util.stream.Stream<String> rest) {
        List<CellValue> cells = new ArrayList<>();
        leading.forEach(text -> cells.add(CellValue.text(text)));
        rest.forEach(text -> cells.add(CellValue.text(text)));
        return cells;
    }
}

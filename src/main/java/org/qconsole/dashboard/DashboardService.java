package org.qconsole.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.dashboard.query.OverviewQuery;
import org.qconsole.dashboard.query.SubmissionQuery;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;
import org.qconsole.questionnaire.Progress;
import org.qconsole.response.AnswerService;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion of campaigns for managers and the secretariat: per country (answered required, shown
 * questions over required, shown questions), per regional group, per section, and over time.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
public class DashboardService {

    private final AssignmentService assignments;
    private final AnswerService answers;
    private final SubmissionQuery submissions;
    private final OverviewQuery overviewQuery;
    private final TemplateService templates;
    private final Clock clock;

    DashboardService(AssignmentService assignments, AnswerService answers, SubmissionQuery submissions,
            OverviewQuery overviewQuery, TemplateService templates, Optional<Clock> clock) {
        this.overviewQuery = overviewQuery;
        this.templates = templates;
        this.assignments = assignments;
        this.answers = answers;
        this.submissions = submissions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public CampaignDashboard dashboard(long campaignId) {
        Campaign campaign = assignments.campaign(campaignId);
        List<Assignment> all = assignments.assignments(campaignId);
        Map<Long, Progress> progress = answers.progress(all);
        Map<Long, Instant> submitted = submissions.firstSubmissions(campaignId);
        List<CountryProgress> countries = all.stream().map(a -> new CountryProgress(a.id(), a.country(), a.status(),
                a.deadline(), progress.get(a.id()).answered(), progress.get(a.id()).required(),
                Optional.ofNullable(submitted.get(a.id())))).toList();
        List<CountryProgress> counted = countries.stream().filter(c -> c.status() != AssignmentStatus.WITHDRAWN)
                .toList();
        return new CampaignDashboard(campaign, countries, groups(counted), sections(all, progress),
                byDay(submitted));
    }

    /**
     * Every campaign's figures, from the completion recorded as answers are saved (one aggregate query;
     * responses without answers count with the completion of an empty response).
     */
    public List<CampaignOverview> overview() {
        Map<Long, List<OverviewQuery.StatusFigures>> figures = overviewQuery.byCampaign(LocalDate.now(clock));
        Map<Long, Integer> emptyPercent = new java.util.HashMap<>();
        return assignments.campaigns().stream().map(campaign -> {
            Map<AssignmentStatus, Long> counts = new java.util.EnumMap<>(AssignmentStatus.class);
            for (AssignmentStatus status : AssignmentStatus.values()) {
                counts.put(status, 0L);
            }
            long percentSum = 0;
            long counted = 0;
            long overdue = 0;
            for (var f : figures.getOrDefault(campaign.id(), List.of())) {
                counts.put(f.status(), f.count());
                overdue += f.overdue();
                if (f.status() != AssignmentStatus.WITHDRAWN) {
                    int empty = emptyPercent.computeIfAbsent(campaign.templateVersionId(), id -> templates.published(id)
                            .progress(Map.of()).percent());
                    percentSum += f.percentSum() + (f.count() - f.tracked()) * empty;
                    counted += f.count();
                }
            }
            return new CampaignOverview(campaign, counts, counted == 0 ? 0 : (int) (percentSum / counted), overdue);
        }).toList();
    }

    /** The questions of a campaign's questionnaire, in reading order, for choosing one to compile. */
    public List<Question> questions(long campaignId) {
        return templates.publishedDefinition(assignments.campaign(campaignId).templateVersionId()).questions();
    }

    /** Every country's answer to one question of a campaign. */
    public Compilation compile(long campaignId, String questionKey) {
        Campaign campaign = assignments.campaign(campaignId);
        TemplateDefinition definition = templates.publishedDefinition(campaign.templateVersionId());
        Question question = definition.questions().stream().filter(q -> q.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> new AssignmentException("This questionnaire has no question \"" + questionKey
                        + "\"."));
        List<Assignment> all = assignments.assignments(campaignId).stream()
                .filter(a -> a.status() != AssignmentStatus.WITHDRAWN).toList();
        Map<Long, Map<String, JsonNode>> values = answers.answersOf(all);
        List<Compilation.Row> rows = new ArrayList<>();
        for (Assignment a : all) {
            Map<String, JsonNode> given = values.getOrDefault(a.id(), Map.of());
            JsonNode answer = Visibility.of(definition, given).isShown(questionKey) ? given.get(questionKey) : null;
            boolean has = answer != null && !answer.isNull();
            rows.add(new Compilation.Row(a.id(), a.country(), a.status(),
                    has ? AnswerKinds.text(question.answer(), answer, Language.EN) : "",
                    has ? AnswerKinds.of(question.answer()).counted(answer) : List.of(),
                    has ? AnswerKinds.of(question.answer()).ownWords(answer) : ""));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.country().name()));
        return new Compilation(questionKey, question.number(), RichText.toPlainText(question.text().english()),
                question.answer().kindName(), options(question), rows);
    }

    private static Map<String, String> options(Question question) {
        return AnswerKinds.of(question.answer()).countedValues();
    }

    /** Today, as the dashboards count overdue and due-soon responses. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<CampaignDashboard.GroupBreakdown> groups(List<CountryProgress> countries) {
        Map<String, List<CountryProgress>> byGroup = countries.stream()
                .collect(Collectors.groupingBy(CountryProgress::group, TreeMap::new, Collectors.toList()));
        List<CampaignDashboard.GroupBreakdown> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> groups.add(new CampaignDashboard.GroupBreakdown(group, members.size(),
                (int) members.stream().filter(c -> c.status() == AssignmentStatus.SUBMITTED
                        || c.status() == AssignmentStatus.ACCEPTED).count(),
                (int) members.stream().mapToInt(CountryProgress::percent).average().orElse(0))));
        return groups;
    }

    private static List<CampaignDashboard.SectionBreakdown> sections(List<Assignment> all, Map<Long, Progress> progress) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<Integer>> percents = new LinkedHashMap<>();
        for (Assignment assignment : all) {
            if (assignment.status() == AssignmentStatus.WITHDRAWN) {
                continue;
            }
            for (Progress.SectionProgress section : progress.get(assignment.id()).sections()) {
                String key = section.section().key();
                labels.putIfAbsent(key, label(section));
                percents.computeIfAbsent(key, k -> new ArrayList<>()).add(section.percent());
            }
        }
        return labels.entrySet().stream().map(e -> new CampaignDashboard.SectionBreakdown(e.getKey(), e.getValue(),
                (int) percents.get(e.getKey()).stream().mapToInt(Integer::intValue).average().orElse(0))).toList();
    }

    private static String label(Progress.SectionProgress section) {
        String title = section.section().title() == null ? section.section().key()
                : RichText.toPlainText(section.section().title().english());
        return section.section().number().isBlank() ? title : section.section().number() + ". " + title;
    }

    private static java.util.SortedMap<LocalDate, Integer> byDay(Map<Long, Instant> submitted) {
        java.util.SortedMap<LocalDate, Integer> days = new TreeMap<>();
        submitted.values().forEach(at -> days.merge(at.atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum));
        return days;
    }
}

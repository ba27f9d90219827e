package org.qconsole.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.TranslatedAnswer;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.qconsole.country.RegionalGroup;
import org.qconsole.dashboard.query.DashboardQuery;
import org.qconsole.dashboard.query.OverviewQuery;
import org.qconsole.identity.Roles;
import org.qconsole.model.MarkedTitle;
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
    private final DashboardQuery dashboardQuery;
    private final OverviewQuery overviewQuery;
    private final TemplateService templates;
    private final MemberStateService memberStates;
    private final Clock clock;

    DashboardService(AssignmentService assignments, AnswerService answers, DashboardQuery dashboardQuery,
            OverviewQuery overviewQuery, TemplateService templates, MemberStateService memberStates,
            Optional<Clock> clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.dashboardQuery = dashboardQuery;
        this.overviewQuery = overviewQuery;
        this.templates = templates;
        this.memberStates = memberStates;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * One campaign's figures, from the completion recorded per response and per section as answers are
     * saved (two statements; a response without answers counts with the completion of an empty one).
     */
    public CampaignDashboard dashboard(long campaignId) {
        DashboardQuery.CampaignFigures figures = dashboardQuery.campaign(campaignId).orElseThrow(() ->
                AssignmentException.because("assignment.refused.noCampaign", String.valueOf(campaignId)));
        Progress empty = templates.published(figures.campaign().templateVersionId()).progress(Map.of());
        // One call, not one per State: each call through the service's proxies costs more than the map.
        Map<String, MemberState> states = memberStates.findAll().stream()
                .collect(Collectors.toMap(MemberState::alpha3, state -> state));
        List<CountryProgress> countries = figures.states().stream()
                .map(state -> country(state, states.get(state.country()), empty)).toList();
        List<CountryProgress> counted = countries.stream().filter(c -> c.status() != AssignmentStatus.WITHDRAWN)
                .toList();
        List<CampaignDashboard.SectionBreakdown> sections = counted.isEmpty() ? List.of()
                : sections(dashboardQuery.sections(campaignId), empty, counted.size());
        return new CampaignDashboard(figures.campaign(), countries, groups(counted), sections, byDay(countries));
    }

    /**
     * Every campaign's figures, from the completion recorded as answers are saved (one statement;
     * responses without answers count with the completion of an empty response).
     */
    public List<CampaignOverview> overview() {
        Map<Long, Integer> emptyPercent = new HashMap<>();
        return overviewQuery.byCampaign(LocalDate.now(clock)).stream()
                .map(figures -> overview(figures, emptyPercent)).toList();
    }

    private CampaignOverview overview(OverviewQuery.CampaignFigures figures, Map<Long, Integer> emptyPercent) {
        Map<AssignmentStatus, Long> counts = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus status : AssignmentStatus.values()) {
            counts.put(status, 0L);
        }
        long percentSum = 0;
        long counted = 0;
        long overdue = 0;
        for (OverviewQuery.StatusFigures f : figures.byStatus()) {
            counts.put(f.status(), f.count());
            overdue += f.overdue();
            if (f.status() != AssignmentStatus.WITHDRAWN) {
                int empty = emptyPercent.computeIfAbsent(figures.campaign().templateVersionId(),
                        id -> templates.published(id).progress(Map.of()).percent());
                percentSum += f.percentSum() + (f.count() - f.tracked()) * empty;
                counted += f.count();
            }
        }
        return new CampaignOverview(figures.campaign(), counts, counted == 0 ? 0 : (int) (percentSum / counted),
                overdue);
    }

    /** The questions of a campaign's questionnaire, in reading order, for choosing one to compile. */
    public List<Question> questions(long campaignId) {
        return templates.publishedDefinition(assignments.campaign(campaignId).templateVersionId()).questions();
    }

    /**
     * Every country's answer to one question of a campaign, worded in a language: the question, the choices and
     * the answers in words (a free text stays as the country wrote it).
     */
    public Compilation compile(long campaignId, String questionKey, Language language) {
        Campaign campaign = assignments.campaign(campaignId);
        TemplateDefinition definition = templates.publishedDefinition(campaign.templateVersionId());
        Question question = definition.questions().stream().filter(q -> q.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> AssignmentException.because("response.refused.noQuestion", questionKey));
        List<Assignment> all = assignments.assignments(campaignId).stream()
                .filter(a -> a.status() != AssignmentStatus.WITHDRAWN).toList();
        Map<Long, Map<String, JsonNode>> values = answers.answersOf(all);
        List<Compilation.Row> rows = new ArrayList<>();
        for (Assignment a : all) {
            Map<String, JsonNode> given = values.getOrDefault(a.id(), Map.of());
            JsonNode answer = Visibility.of(definition, given).isShown(questionKey) ? given.get(questionKey) : null;
            boolean has = answer != null && !answer.isNull();
            AnswerKind kind = AnswerKinds.of(question.answer());
            Optional<TranslatedAnswer> translated = has ? kind.translated(answer) : Optional.empty();
            rows.add(new Compilation.Row(a.id(), a.country(), a.status(),
                    translated.map(TranslatedAnswer::written)
                            .orElse(has ? AnswerKinds.text(question.answer(), answer, language) : ""),
                    has ? kind.counted(answer) : List.of(), has ? kind.ownWords(answer) : "",
                    translated.map(TranslatedAnswer::versionAlone).orElse("")));
        }
        Locale locale = Locale.forLanguageTag(language.code());
        Collator collator = Collator.getInstance(locale);
        rows.sort(java.util.Comparator.comparing(r -> r.country().name(locale), collator));
        return new Compilation(questionKey, question.number(), RichText.toPlainText(question.text().in(language)),
                question.answer().kindName(), AnswerKinds.of(question.answer()).countedValues(language), rows);
    }

    /** Today, as the dashboards count overdue and due-soon responses. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<CampaignDashboard.GroupBreakdown> groups(List<CountryProgress> countries) {
        Map<RegionalGroup, List<CountryProgress>> byGroup = countries.stream().collect(Collectors.groupingBy(
                CountryProgress::group, () -> new TreeMap<>(RegionalGroup.UN_ORDER), Collectors.toList()));
        List<CampaignDashboard.GroupBreakdown> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> groups.add(new CampaignDashboard.GroupBreakdown(group, members.size(),
                (int) members.stream().filter(c -> c.status() == AssignmentStatus.SUBMITTED
                        || c.status() == AssignmentStatus.ACCEPTED).count(),
                (int) members.stream().mapToInt(CountryProgress::percent).average().orElse(0))));
        return groups;
    }

    /**
     * Each section's average over the counted responses, in the questionnaire's order: the recorded
     * percentages, and the empty response's for those without a record.
     */
    private static List<CampaignDashboard.SectionBreakdown> sections(Map<String, DashboardQuery.SectionFigures> recorded,
            Progress empty, int counted) {
        return empty.sections().stream().map(section -> {
            var figures = recorded.getOrDefault(section.section().key(), new DashboardQuery.SectionFigures(0, 0));
            long sum = figures.percentSum() + (counted - figures.tracked()) * section.percent();
            return new CampaignDashboard.SectionBreakdown(section.section().key(), label(section),
                    (int) (sum / counted));
        }).toList();
    }

    private static String label(Progress.SectionProgress section) {
        String title = section.section().title() == null ? section.section().key()
                : MarkedTitle.words(section.section().title().english());
        return section.section().number().isBlank() ? title : section.section().number() + ". " + title;
    }

    private static CountryProgress country(DashboardQuery.StateFigures state, MemberState country, Progress empty) {
        return new CountryProgress(state.assignmentId(), country, state.status(), state.deadline(),
                state.answered().orElse(empty.answered()), state.required().orElse(empty.required()),
                state.firstSubmitted());
    }

    private static SortedMap<LocalDate, Integer> byDay(List<CountryProgress> countries) {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        countries.forEach(c -> c.submittedAt().ifPresent(at -> days.merge(at.atZone(ZoneOffset.UTC).toLocalDate(), 1,
                Integer::sum)));
        return days;
    }
}

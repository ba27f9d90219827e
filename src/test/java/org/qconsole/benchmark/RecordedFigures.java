package org.qconsole.benchmark;

import java.util.List;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.questionnaire.Progress;
import org.qconsole.response.AnswerService;

/**
 * The psql side of {@link DashboardBenchmark}: the figures the dashboard and the overview show, by
 * hand-written SQL, each in one statement; and a check that the benchmark's generated records say what
 * the console would have recorded.
 */
final class RecordedFigures {

    private static final String AWAITED = "('not_started', 'in_progress', 'returned')";

    private RecordedFigures() {
    }

    /**
     * One campaign's dashboard from the recorded tables: the campaign, every State (status, completion,
     * late, due soon, first submission), status counts, regional groups, sections, submissions per day.
     * A response without a record has no answer: 0% for this questionnaire, where every question is required.
     */
    static String dashboardSql(long campaign) {
        return states(campaign, """
                SELECT a.id, a.country, a.status, a.deadline, g.name AS regional_group,
                  coalesce(CASE WHEN p.required = 0 THEN 100 ELSE p.answered * 100 / p.required END, 0) AS percent,
                  (SELECT min(e.at) FROM assignment_event e WHERE e.assignment_id = a.id AND e.action = 'submitted')
                    AS submitted
                FROM assignment a JOIN member_state m ON m.alpha3 = a.country
                LEFT JOIN regional_group g ON g.code = m.regional_group
                LEFT JOIN response_progress p ON p.assignment_id = a.id
                WHERE a.campaign_id = %d""".formatted(campaign), """
                SELECT 'section', sp.section_key, (sum(CASE WHEN sp.required = 0 THEN 100
                    ELSE sp.answered * 100 / sp.required END) / (SELECT count(*) FROM counted))::int, 0, 0
                FROM section_progress sp JOIN counted c ON c.id = sp.assignment_id GROUP BY sp.section_key""");
    }

    /** The same figures computed from the answers (the questionnaire's structure written into the SQL). */
    static String dashboardFromAnswersSql(long campaign, int questions, int perSection) {
        return states(campaign, """
                SELECT a.id, a.country, a.status, a.deadline, g.name AS regional_group,
                  (SELECT count(*) FROM answer an WHERE an.assignment_id = a.id AND an.value <> 'null') * 100 / %d
                    AS percent,
                  (SELECT min(e.at) FROM assignment_event e WHERE e.assignment_id = a.id AND e.action = 'submitted')
                    AS submitted
                FROM assignment a JOIN member_state m ON m.alpha3 = a.country
                LEFT JOIN regional_group g ON g.code = m.regional_group
                WHERE a.campaign_id = %d""".formatted(questions, campaign), """
                SELECT 'section', 's' || s, (sum(percent) / (SELECT count(*) FROM counted))::int, 0, 0
                FROM (SELECT c.id, (substr(an.question_key, 2)::int - 1) / %1$d + 1 AS s, count(*) * 100 / %1$d AS percent
                      FROM counted c JOIN answer an ON an.assignment_id = c.id AND an.value <> 'null'
                      GROUP BY c.id, s) per_state_and_section
                GROUP BY s""".formatted(perSection));
    }

    private static String states(long campaign, String states, String sections) {
        return """
                WITH states AS (%s),
                counted AS (SELECT * FROM states WHERE status <> 'withdrawn')
                SELECT 'campaign' AS figure, c.title || ' ' || t.code || ' v' || tv.version_number AS name, 0 AS a, 0 AS b,
                  0 AS c
                  FROM campaign c JOIN template_version tv ON tv.id = c.template_version_id
                  JOIN template t ON t.id = tv.template_id WHERE c.id = %d
                UNION ALL SELECT 'state', country || ' ' || status || ' ' || coalesce(submitted::date::text, ''), percent::int,
                  CASE WHEN status IN %s AND deadline < current_date THEN 1
                       WHEN status IN %3$s AND deadline - current_date BETWEEN 0 AND 7 THEN 2 ELSE 0 END, 0
                  FROM states
                UNION ALL SELECT 'status', status, count(*)::int, 0, 0 FROM states GROUP BY status
                UNION ALL SELECT 'group', coalesce(regional_group, 'No regional group'), count(*)::int,
                  count(*) FILTER (WHERE status IN ('submitted', 'accepted'))::int, (sum(percent) / count(*))::int
                  FROM counted GROUP BY regional_group
                UNION ALL %s
                UNION ALL SELECT 'day', submitted::date::text, count(*)::int, 0, 0 FROM states
                  WHERE submitted IS NOT NULL GROUP BY submitted::date
                """.formatted(states, campaign, AWAITED, sections);
    }

    /**
     * Every campaign with its label, counts per status, average completion (a response without a record at
     * 0%, as above) and overdue count, newest first.
     */
    static String overviewSql() {
        return """
                SELECT c.id, c.title, t.code || ' v' || tv.version_number, count(a.id),
                  count(*) FILTER (WHERE a.status = 'not_started'), count(*) FILTER (WHERE a.status = 'in_progress'),
                  count(*) FILTER (WHERE a.status = 'submitted'), count(*) FILTER (WHERE a.status = 'returned'),
                  count(*) FILTER (WHERE a.status = 'accepted'), count(*) FILTER (WHERE a.status = 'withdrawn'),
                  sum(coalesce(CASE WHEN p.required = 0 THEN 100 ELSE p.answered * 100 / p.required END, 0))
                    FILTER (WHERE a.status <> 'withdrawn') / nullif(count(*) FILTER (WHERE a.status <> 'withdrawn'), 0),
                  count(*) FILTER (WHERE a.status IN %s AND a.deadline < current_date)
                FROM campaign c JOIN template_version tv ON tv.id = c.template_version_id
                JOIN template t ON t.id = tv.template_id
                LEFT JOIN assignment a ON a.campaign_id = c.id
                LEFT JOIN response_progress p ON p.assignment_id = a.id
                GROUP BY c.id, t.code, tv.version_number ORDER BY c.created_at DESC, c.id DESC""".formatted(AWAITED);
    }

    /**
     * Whether the dashboard (from the records) shows what the published questionnaire computes from the
     * answers, per State and per section; signed in as a manager.
     */
    static String check(DashboardService dashboards, AnswerService answers, AssignmentService assignments,
            long campaign) {
        CampaignDashboard dashboard = dashboards.dashboard(campaign);
        List<Assignment> all = assignments.assignments(campaign);
        Map<Long, Progress> computed = answers.progress(all);
        boolean states = dashboard.countries().stream().allMatch(c -> computed.get(c.assignmentId()).answered()
                == c.answered() && computed.get(c.assignmentId()).required() == c.required());
        List<Assignment> counted = all.stream().filter(a -> a.status() != AssignmentStatus.WITHDRAWN).toList();
        boolean sections = true;
        for (int i = 0; i < dashboard.sections().size(); i++) {
            int index = i;
            int average = (int) counted.stream().mapToInt(a -> computed.get(a.id()).sections().get(index).percent())
                    .average().orElse(0);
            sections &= average == dashboard.sections().get(i).averagePercent();
        }
        return "Check: the dashboard's recorded figures equal those computed from the answers: per State "
                + (states ? "yes" : "NO") + ", per section (" + dashboard.sections().size() + ") "
                + (sections ? "yes" : "NO");
    }
}

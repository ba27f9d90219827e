package org.qconsole.dashboard.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Arrays;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.EChart;
import org.qconsole.dashboard.CampaignDashboard;
import org.qconsole.model.Language;

/**
 * The dashboard's charts (Apache ECharts options): States by status, completion by regional group and
 * submissions over time. A slice or a bar narrows the list to its States.
 */
class DashboardCharts extends HorizontalLayout {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    DashboardCharts(CampaignDashboard dashboard, CountryFilters.Narrowing narrowing) {
        EChart statuses = new EChart("chart-status", statusChart(dashboard));
        statuses.addItemClickListener(label -> Arrays.stream(AssignmentStatus.values())
                .filter(s -> getTranslation(s.messageKey()).equals(label)).findFirst()
                .ifPresent(s -> narrowing.narrow(null, s, null)));
        EChart regions = new EChart("chart-regions", regionChart(dashboard));
        regions.addItemClickListener(label -> dashboard.groups().stream().map(CampaignDashboard.GroupBreakdown::group)
                .filter(group -> group.in(Language.of(getLocale())).equals(label)).findFirst()
                .ifPresent(group -> narrowing.narrow(group, null, null)));
        EChart overTime = new EChart("chart-submissions", submissionsChart(dashboard));
        add(Boxes.box(getTranslation("dashboard.status"), statuses),
                Boxes.box(getTranslation("dashboard.chart.regions"), regions),
                Boxes.box(getTranslation("dashboard.chart.submissions"), overTime));
        setWidthFull();
    }

    /** A pie of the statuses that have States. */
    private ObjectNode statusChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        ArrayNode data = option.putArray("series").addObject().put("type", "pie").put("radius", "65%").putArray("data");
        dashboard.statusCounts().forEach((state, count) -> {
            if (count > 0) {
                data.addObject().put("name", getTranslation(state.messageKey())).put("value", count);
            }
        });
        return option;
    }

    /** Bars of average completion (0 to 100) by regional group, the group's name as the bar's name. */
    private ObjectNode regionChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("max", 100);
        ArrayNode names = option.putObject("yAxis").put("type", "category").putArray("data");
        ArrayNode values = option.putArray("series").addObject().put("type", "bar")
                .put("name", getTranslation("dashboard.chart.averageCompletion")).putArray("data");
        dashboard.groups().forEach(g -> {
            names.add(g.group().in(Language.of(getLocale())));
            values.add(g.averagePercent());
        });
        return option;
    }

    /** A line of the submissions so far, day by day (only days with a submission). */
    private ObjectNode submissionsChart(CampaignDashboard dashboard) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode cumulative = option.putArray("series").addObject().put("type", "line")
                .put("name", getTranslation("dashboard.chart.cumulative")).putArray("data");
        int total = 0;
        for (var day : dashboard.submissionsByDay().entrySet()) {
            total += day.getValue();
            days.add(day.getKey().toString());
            cumulative.add(total);
        }
        return option;
    }
}

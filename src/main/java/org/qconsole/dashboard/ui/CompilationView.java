package org.qconsole.dashboard.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.EChart;
import org.qconsole.common.ui.DownloadLink;
import org.qconsole.country.RegionalGroup;
import org.qconsole.dashboard.Compilation;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.CsvTables;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;
import org.qconsole.model.Question;

/**
 * One question, every country's answer side by side, with counts for choice questions and the
 * "Other" texts listed; filtered by regional group and status; exported as CSV as shown.
 */
@Route("compilation")
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
class CompilationView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient DashboardService dashboards;
    private final Select<Question> question = new Select<>();
    private final Select<RegionalGroup> group = new Select<>();
    private final Select<AssignmentStatus> status = new Select<>();
    /** Whether free texts are shown in the version the country gave beside them, where it gave one. */
    private final Select<Boolean> versions = new Select<>();
    private final Div result = new Div();
    private long campaignId;

    public CompilationView(DashboardService dashboards) {
        this.dashboards = dashboards;
        setId("compilation");
        addClassName("qc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            campaignId = id;
            var campaign = dashboards.dashboard(id).campaign();
            H1 heading = new H1(getTranslation("dashboard.compilation.heading", campaign.title()));
            heading.setId("compilation-heading");
            question.setId("compilation-question");
            question.setLabel(getTranslation("dashboard.compilation.question"));
            question.setItems(dashboards.questions(id));
            question.setItemLabelGenerator(q -> (q.number().isBlank() ? "" : q.number() + " ")
                    + RichText.toPlainText(q.text().in(Language.of(getLocale()))));
            question.setWidth("40em");
            group.setId("compilation-group");
            group.setLabel(getTranslation("dashboard.regionalGroup"));
            group.setItemLabelGenerator(choice -> CountryFilter.ALL_GROUPS.equals(choice)
                    ? getTranslation("dashboard.filter.allGroups") : choice.in(Language.of(getLocale())));
            status.setId("compilation-status");
            status.setLabel(getTranslation("dashboard.status"));
            status.setItems(AssignmentStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s == null ? "dashboard.filter.anyStatus"
                    : s.messageKey()));
            status.setEmptySelectionAllowed(true);
            status.setEmptySelectionCaption(getTranslation("dashboard.filter.anyStatus"));
            versions.setId("compilation-versions");
            versions.setLabel(getTranslation("dashboard.compilation.versions"));
            versions.setItems(false, true);
            versions.setItemLabelGenerator(shown -> getTranslation(shown ? "dashboard.compilation.versions.given"
                    : "dashboard.compilation.versions.written"));
            versions.setValue(false);
            versions.setVisible(false);
            versions.addValueChangeListener(e -> show());
            question.addValueChangeListener(e -> show());
            group.addValueChangeListener(e -> show());
            status.addValueChangeListener(e -> show());
            result.setWidthFull();
            HorizontalLayout filters = new HorizontalLayout(question, group, status, versions);
            filters.setAlignItems(Alignment.BASELINE);
            add(heading, filters, result);
        } catch (AssignmentException e) {
            add(new H1(getTranslation("dashboard.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    private void show() {
        result.removeAll();
        if (question.getValue() == null) {
            return;
        }
        Compilation compilation = dashboards.compile(campaignId, question.getValue().key(), Language.of(getLocale()));
        List<RegionalGroup> groups = new ArrayList<>(List.of(CountryFilter.ALL_GROUPS));
        compilation.rows().stream().map(Compilation.Row::group).distinct().sorted(RegionalGroup.UN_ORDER)
                .forEach(groups::add);
        if (group.getValue() == null || !groups.contains(group.getValue())) {
            group.setItems(groups);
            group.setValue(CountryFilter.ALL_GROUPS);
            return; // setValue runs show() again
        }
        List<Compilation.Row> rows = compilation.rows().stream()
                .filter(r -> CountryFilter.ALL_GROUPS.equals(group.getValue()) || r.group().equals(group.getValue()))
                .filter(r -> status.getValue() == null || r.status() == status.getValue()).toList();
        Paragraph summary = new Paragraph(getTranslation("dashboard.compilation.answered",
                rows.stream().filter(Compilation.Row::answered).count(), rows.size()));
        summary.setId("compilation-summary");
        result.add(summary);
        versions.setVisible(compilation.hasVersions());
        if (compilation.isChoice()) {
            result.add(counts(compilation, rows));
        }
        List<String> others = compilation.otherTexts(rows, getLocale());
        if (!others.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("compilation-other");
            others.forEach(text -> list.add(new ListItem(text)));
            result.add(new H3(getTranslation("dashboard.compilation.other")), list);
        }
        result.add(download(compilation, rows), answers(rows));
    }

    private Div counts(Compilation compilation, List<Compilation.Row> rows) {
        Map<String, Long> counts = compilation.counts(rows);
        Grid<Map.Entry<String, Long>> grid = new Grid<>();
        grid.setId("compilation-counts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("dashboard.compilation.option")).setFlexGrow(3);
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("dashboard.states")).setKey("count");
        grid.setItems(new ArrayList<>(counts.entrySet()));
        grid.setAllRowsVisible(true);
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("grid").put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode labels = option.putObject("yAxis").put("type", "category").putArray("data");
        ArrayNode values = option.putArray("series").addObject().put("type", "bar").putArray("data");
        counts.forEach((label, count) -> {
            labels.add(label.length() > 40 ? label.substring(0, 40) + "…" : label);
            values.add(count);
        });
        EChart chart = new EChart("compilation-chart", option);
        chart.setHeight(Math.max(160, 34 * counts.size()) + "px");
        HorizontalLayout row = new HorizontalLayout(grid, chart);
        row.setWidthFull();
        return new Div(row);
    }

    /** The answers as shown, in a CSV file whose headings and statuses are in the console's language. */
    private Anchor download(Compilation compilation, List<Compilation.Row> rows) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of(getTranslation("dashboard.state"), getTranslation("dashboard.isoCode"),
                getTranslation("dashboard.regionalGroup"), getTranslation("dashboard.status"),
                compilation.number() + " " + compilation.text()));
        rows.forEach(r -> records.add(List.of(r.country().name(getLocale()), r.country().alpha3(),
                r.group().in(Language.of(getLocale())),
                getTranslation(r.status().messageKey()), r.shown(versions.getValue()))));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvTables.write(records, csv);
        byte[] bytes = csv.toByteArray();
        return DownloadLink.of(getTranslation("dashboard.compilation.csv"), "compilation-download",
                "compilation-" + compilation.questionKey() + ".csv", "text/csv; charset=UTF-8", () -> bytes);
    }

    private Grid<Compilation.Row> answers(List<Compilation.Row> rows) {
        Grid<Compilation.Row> grid = new Grid<>();
        grid.setId("compilation-answers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.country().label(getLocale())).setHeader(getTranslation("dashboard.state")).setAutoWidth(true)
                .setSortable(true).setKey("state");
        grid.addColumn(r -> r.group().in(Language.of(getLocale()))).setHeader(getTranslation("dashboard.regionalGroup"))
                .setAutoWidth(true).setSortable(true).setKey("group");
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("dashboard.status"))
                .setAutoWidth(true);
        boolean shownVersions = versions.getValue();
        grid.addColumn(r -> r.shown(shownVersions)).setHeader(getTranslation("dashboard.compilation.answer")).setFlexGrow(4)
                .setKey("answer");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("response/" + e.getItem().assignmentId()));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("dashboard.compilation.pageTitle"));
    }
}

package org.qconsole.template.query;

import static org.qconsole.jooq.Tables.TEMPLATE;
import static org.qconsole.jooq.Tables.TEMPLATE_VERSION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.template.TemplateSummary;
import org.qconsole.template.TemplateSummary.VersionSummary;
import org.qconsole.template.VersionStatus;
import org.springframework.stereotype.Repository;

/** The secretariat's list of templates and versions, without loading every definition. */
@Repository
public class TemplateCatalogQuery {

    private final DSLContext dsl;

    public TemplateCatalogQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Which template versions use each plugin section type: type id → labels such as "ICT-2024 v2 (draft)". */
    public Map<String, List<String>> sectionTypeUsage() {
        var type = DSL.field("jsonb_path_query({0}, '$.sections[*].plugin.pluginId') #>> '{}'", String.class,
                TEMPLATE_VERSION.DEFINITION);
        Map<String, List<String>> usage = new java.util.TreeMap<>();
        dsl.selectDistinct(type.as("type"), TEMPLATE.CODE, TEMPLATE_VERSION.VERSION_NUMBER, TEMPLATE_VERSION.STATUS)
                .from(TEMPLATE).join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(TEMPLATE.ID))
                .orderBy(TEMPLATE.CODE, TEMPLATE_VERSION.VERSION_NUMBER)
                .forEach(r -> usage.computeIfAbsent(r.value1(), t -> new ArrayList<>()).add(r.value2() + " v"
                        + r.value3() + " (" + VersionStatus.fromDb(r.value4()).label().toLowerCase() + ")"));
        return usage;
    }

    public List<TemplateSummary> summaries() {
        var title = DSL.field("{0} -> 'title' ->> 'en'", String.class, TEMPLATE_VERSION.DEFINITION);
        Map<Long, List<VersionSummary>> versions = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        dsl.select(TEMPLATE.ID, TEMPLATE.CODE, TEMPLATE_VERSION.ID, TEMPLATE_VERSION.VERSION_NUMBER,
                        TEMPLATE_VERSION.STATUS, title, TEMPLATE_VERSION.UPDATED_AT, TEMPLATE_VERSION.UPDATED_BY)
                .from(TEMPLATE).join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(TEMPLATE.ID))
                .orderBy(TEMPLATE.CODE, TEMPLATE_VERSION.VERSION_NUMBER.desc())
                .forEach(r -> {
                    codes.put(r.value1(), r.value2());
                    versions.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new VersionSummary(r.value3(),
                            r.value4(), VersionStatus.fromDb(r.value5()), r.value6() == null ? "" : r.value6(),
                            r.value7().toInstant(), r.value8()));
                });
        return codes.entrySet().stream().map(e -> new TemplateSummary(e.getKey(), e.getValue(),
                versions.get(e.getKey()).get(0).title(), List.copyOf(versions.get(e.getKey())))).toList();
    }
}

package org.qconsole.plugin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.qconsole.identity.Roles;
import org.qconsole.plugin.InstalledPlugin;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.plugin.api.PluginApi;
import org.qconsole.plugin.SectionTypeUsage;
import org.qconsole.common.ui.MenuSummary;

/** The section plugins found at start-up: which run, which failed and why, and which templates use them. */
@Route("plugins")
@Menu(title = "Plugins", order = 70, icon = "vaadin:plug")
@MenuSummary("menu.PluginsView.summary")
@RolesAllowed(Roles.SECRETARIAT)
class PluginsView extends VerticalLayout implements HasDynamicTitle {

    public PluginsView(SectionTypeService sectionTypes, SectionTypeUsage templates) {
        setId("plugins");
        addClassName("qc-page");
        setSizeFull();
        add(new H1(getTranslation("menu.PluginsView")));
        add(new Paragraph(getTranslation("plugin.intro", sectionTypes.directory(),
                PluginApi.version())));
        List<InstalledPlugin> installed = sectionTypes.installed();
        if (installed.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plugin.none"));
            none.setId("plugins-empty");
            add(none);
            return;
        }
        Map<String, List<String>> usage = templates.sectionTypeUsage();
        Grid<InstalledPlugin> grid = new Grid<>();
        grid.setId("plugin-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InstalledPlugin::id).setHeader(getTranslation("plugin.plugin")).setAutoWidth(true).setKey("id");
        grid.addColumn(InstalledPlugin::version).setHeader(getTranslation("plugin.version")).setAutoWidth(true).setKey("version");
        grid.addColumn(p -> getTranslation(p.state().messageKey())).setHeader(getTranslation("plugin.state")).setAutoWidth(true).setKey("state");
        grid.addColumn(p -> String.join(", ", p.sectionTypes())).setHeader(getTranslation("plugin.sectionTypes")).setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.sectionTypes().stream()
                .flatMap(type -> usage.getOrDefault(type, List.of()).stream()).toList()))
                .setHeader(getTranslation("plugin.usedBy")).setFlexGrow(2).setKey("usage");
        grid.addColumn(InstalledPlugin::reason).setHeader(getTranslation("plugin.reason")).setFlexGrow(3).setKey("reason");
        grid.addColumn(InstalledPlugin::file).setHeader(getTranslation("plugin.file")).setAutoWidth(true);
        grid.setItems(installed);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.PluginsView"));
    }
}

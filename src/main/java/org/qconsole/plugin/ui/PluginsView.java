package org.qconsole.plugin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Plugins · Questionnaire Console")
@RolesAllowed(Roles.SECRETARIAT)
class PluginsView extends VerticalLayout {

    public PluginsView(SectionTypeService sectionTypes, SectionTypeUsage templates) {
        setId("plugins");
        addClassName("qc-page");
        setSizeFull();
        add(new H1("Plugins"));
        add(new Paragraph("Section plugins are loaded from " + sectionTypes.directory() + " when the console"
                + " starts. A plugin that fails is switched off until the next start; its sections show as"
                + " temporarily unavailable and their answers are kept. This console provides version "
                + PluginApi.version() + " of the plugin API; a plugin that requires another version is refused."));
        List<InstalledPlugin> installed = sectionTypes.installed();
        if (installed.isEmpty()) {
            Paragraph none = new Paragraph("No plugin is installed.");
            none.setId("plugins-empty");
            add(none);
            return;
        }
        Map<String, List<String>> usage = templates.sectionTypeUsage();
        Grid<InstalledPlugin> grid = new Grid<>();
        grid.setId("plugin-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InstalledPlugin::id).setHeader("Plugin").setAutoWidth(true).setKey("id");
        grid.addColumn(InstalledPlugin::version).setHeader("Version").setAutoWidth(true).setKey("version");
        grid.addColumn(p -> p.state().label()).setHeader("State").setAutoWidth(true).setKey("state");
        grid.addColumn(p -> String.join(", ", p.sectionTypes())).setHeader("Section types").setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.sectionTypes().stream()
                .flatMap(type -> usage.getOrDefault(type, List.of()).stream()).toList()))
                .setHeader("Used by").setFlexGrow(2).setKey("usage");
        grid.addColumn(InstalledPlugin::reason).setHeader("Reason").setFlexGrow(3).setKey("reason");
        grid.addColumn(InstalledPlugin::file).setHeader("File").setAutoWidth(true);
        grid.setItems(installed);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}

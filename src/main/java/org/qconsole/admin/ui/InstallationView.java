package org.qconsole.admin.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qconsole.common.ui.Dates;
import org.qconsole.admin.InstallationService;
import org.qconsole.admin.InstallationStatus;
import org.qconsole.identity.Roles;
import org.qconsole.common.ui.MenuSummary;

/** The state of this installation: version, database, migrations, sign-in. Secretariat only. */
@Route("installation")
@Menu(title = "Installation", order = 80, icon = "vaadin:cog")
@MenuSummary("menu.InstallationView.summary")
@RolesAllowed(Roles.SECRETARIAT)
class InstallationView extends VerticalLayout implements HasDynamicTitle {


    public InstallationView(InstallationService installation) {
        setId("installation");
        addClassName("qc-page");
        InstallationStatus status = installation.status();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(value("installation-version", status.consoleVersion()),
                getTranslation("admin.consoleVersion"));
        facts.addFormItem(value("installation-database", status.embeddedDatabase()
                ? getTranslation("admin.database.embedded", status.databaseVersion()) : status.databaseVersion()),
                getTranslation("admin.database"));
        String role = status.databaseUserBypassesRowSecurity()
                ? getTranslation("admin.databaseRole.bypasses", status.databaseUser())
                : getTranslation("admin.databaseRole.cannotBypass", status.databaseUser());
        facts.addFormItem(value("installation-database-role", role), getTranslation("admin.databaseRole"));
        String applied = String.valueOf(status.migrationsApplied());
        facts.addFormItem(value("installation-migrations", status.lastMigrationAt()
                .map(t -> getTranslation("admin.migrations.lastOn", applied, status.lastMigration(), Dates.moment(t) + " UTC"))
                .orElseGet(() -> getTranslation("admin.migrations.last", applied, status.lastMigration()))),
                getTranslation("admin.migrations"));
        facts.addFormItem(value("installation-issuer", status.embeddedKeycloak()
                ? getTranslation("admin.issuer.embedded", status.issuerUri()) : status.issuerUri()),
                getTranslation("admin.issuer"));
        add(new H1(getTranslation("menu.InstallationView")), facts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.InstallationView"));
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}

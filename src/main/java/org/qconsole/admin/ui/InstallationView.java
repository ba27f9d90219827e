package org.qconsole.admin.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.qconsole.admin.InstallationService;
import org.qconsole.admin.InstallationStatus;
import org.qconsole.identity.Roles;
import org.qconsole.common.ui.MenuSummary;

/** The state of this installation: version, database, migrations, sign-in. Secretariat only. */
@Route("installation")
@Menu(title = "Installation", order = 80, icon = "vaadin:cog")
@MenuSummary("menu.InstallationView.summary")
@PageTitle("Installation · Questionnaire Console")
@RolesAllowed(Roles.SECRETARIAT)
class InstallationView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    public InstallationView(InstallationService installation) {
        setId("installation");
        addClassName("qc-page");
        InstallationStatus status = installation.status();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(value("installation-version", status.consoleVersion()), "Console version");
        facts.addFormItem(value("installation-database", status.databaseVersion()
                + (status.embeddedDatabase() ? " (embedded)" : "")), "Database");
        facts.addFormItem(value("installation-database-role", status.databaseUser()
                + (status.databaseUserBypassesRowSecurity() ? " (WARNING: bypasses row-level security)"
                        : " (cannot bypass row-level security)")), "Connected as");
        facts.addFormItem(value("installation-migrations", status.migrationsApplied() + " changesets, last "
                + status.lastMigration() + status.lastMigrationAt().map(t -> " on " + WHEN.format(t)).orElse("")),
                "Schema migrations");
        facts.addFormItem(value("installation-issuer", status.issuerUri()
                + (status.embeddedKeycloak() ? " (embedded demo Keycloak)" : "")), "Sign-in (OpenID Connect issuer)");
        add(new H1("Installation"), facts);
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}

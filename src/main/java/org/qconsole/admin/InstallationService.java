package org.qconsole.admin;

import jakarta.annotation.security.RolesAllowed;
import org.qconsole.admin.query.DatabaseStatusQuery;
import org.qconsole.common.embedded.EmbeddedServices;
import org.qconsole.identity.OidcProperties;
import org.qconsole.identity.Roles;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The state of this installation, for the secretariat. */
@Service
public class InstallationService {

    private final DatabaseStatusQuery database;
    private final OidcProperties oidc;
    private final Environment environment;
    private final String version;

    InstallationService(DatabaseStatusQuery database, OidcProperties oidc, Environment environment,
            ObjectProvider<BuildProperties> build) {
        this.database = database;
        this.oidc = oidc;
        this.environment = environment;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public InstallationStatus status() {
        var db = database.status();
        return new InstallationStatus(version, db.version(), db.user(), db.bypassesRowSecurity(), db.migrations(),
                db.lastMigration(), db.lastMigrationAt(), oidc.issuerUri(),
                environment.getProperty("console.embedded.postgres.active", Boolean.class, false),
                EmbeddedServices.keycloakStarted());
    }
}

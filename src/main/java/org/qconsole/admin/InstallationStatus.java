package org.qconsole.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * What the secretariat needs to know about this installation of the console.
 *
 * @param databaseUser the role the console connects as (never the tables' owner)
 * @param lastMigration the id of the last Liquibase changeset applied
 */
public record InstallationStatus(String consoleVersion, String databaseVersion, String databaseUser,
        boolean databaseUserBypassesRowSecurity, int migrationsApplied, String lastMigration,
        Optional<Instant> lastMigrationAt, String issuerUri, boolean embeddedDatabase, boolean embeddedKeycloak) {
}

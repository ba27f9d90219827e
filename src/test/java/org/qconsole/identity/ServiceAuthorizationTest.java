package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.admin.InstallationService;
import org.qconsole.country.MemberStateService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Services enforce their roles themselves, whatever view or request calls them. */
@ConsoleTest
class ServiceAuthorizationTest {

    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    MemberStateService memberStates;
    @Autowired
    InstallationService installation;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"swe.focal", "swe.contributor", "ken.focal", "no.role", "bad.country"})
    void countryUsersAndAccountsNotSetUpCannotListMemberStatesNorSeeTheInstallation(String username) {
        SignIn.as(users, username);

        assertThatThrownBy(memberStates::findAll).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(memberStates::findAllGroups).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(installation::status).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersListMemberStatesButCannotSeeTheInstallation() {
        SignIn.as(users, "manager");

        assertThat(memberStates.findAll()).hasSize(193);
        assertThatThrownBy(installation::status).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecretariatSeesTheInstallationAsTheApplicationRole() {
        SignIn.as(users, "secretariat");

        var status = installation.status();

        assertThat(status.databaseUser()).isEqualTo("qc_app");
        assertThat(status.databaseUserBypassesRowSecurity()).isFalse();
        assertThat(status.databaseVersion()).startsWith("PostgreSQL 17");
        assertThat(status.migrationsApplied()).isGreaterThanOrEqualTo(4);
        assertThat(status.embeddedDatabase()).isTrue();
        assertThat(status.issuerUri()).endsWith("/realms/questionnaires");
    }

    @Test
    void anonymousCallersAreRejected() {
        assertThatThrownBy(memberStates::findAll).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(installation::status).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

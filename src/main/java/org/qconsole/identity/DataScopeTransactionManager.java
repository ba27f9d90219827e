package org.qconsole.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL, at the start of every transaction, whose data it may touch: the row-level
 * security policies on country data read these transaction-local settings. A country user's
 * transactions see only their country; the secretariat's, managers' and the system's see all; a
 * transaction with no user sees none. Services check the same in Java: this is the second lock.
 */
class DataScopeTransactionManager extends JdbcTransactionManager {

    DataScopeTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String country = "";
        String allCountries = "off";
        if (SystemScope.active()) {
            allCountries = "on";
        } else {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                if (has(authentication, Role.SECRETARIAT) || has(authentication, Role.MANAGER)) {
                    allCountries = "on";
                } else if (has(authentication, Role.COUNTRY_FOCAL_POINT) || has(authentication, Role.COUNTRY_CONTRIBUTOR)) {
                    // Country roles are only granted with a valid member State (AccountAssessment).
                    String claim = user.getClaimAsString(ConsoleOidcUserService.COUNTRY_CLAIM);
                    country = claim == null ? "" : claim.trim().toUpperCase();
                }
            }
        }
        try (PreparedStatement scope = connection.prepareStatement(
                "SELECT set_config('app.country', ?, true), set_config('app.all_countries', ?, true)")) {
            scope.setString(1, country);
            scope.setString(2, allCountries);
            scope.execute();
        }
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}

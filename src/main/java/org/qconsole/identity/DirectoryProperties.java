package org.qconsole.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider's directory of users, read through Keycloak's admin API by a service account that may
 * only view users (see docs/operations/keycloak.md).
 *
 * @param enabled read the directory; when off (or without a secret), the console knows only the users who
 *     signed in
 * @param clientId the confidential client whose service account reads the users
 * @param clientSecret that client's secret
 * @param cacheSeconds how long a read of the directory is used before it is read again
 */
@ConfigurationProperties("console.directory")
public record DirectoryProperties(boolean enabled, String clientId, String clientSecret, int cacheSeconds) {
}

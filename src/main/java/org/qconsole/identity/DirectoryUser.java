package org.qconsole.identity;

import java.util.Optional;
import java.util.Set;
import org.qconsole.model.Language;

/**
 * A country user as the identity provider lists them, whether or not they ever signed in to the console.
 *
 * @param country the State's ISO alpha-3 code, as the account records it
 * @param language the language the account prefers ({@code locale} attribute), if one of the six
 */
public record DirectoryUser(String username, String displayName, String email, String country, Set<Role> roles,
        Optional<Language> language) {

    public DirectoryUser {
        roles = Set.copyOf(roles);
        email = email == null ? "" : email;
    }

    public boolean isFocalPoint() {
        return roles.contains(Role.COUNTRY_FOCAL_POINT);
    }
}

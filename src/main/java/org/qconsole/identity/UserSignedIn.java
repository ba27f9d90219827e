package org.qconsole.identity;

import org.qconsole.model.Language;

/**
 * Someone signed in through the identity provider (published once per login), e.g. so that reminders
 * know a country's focal points and their e-mail addresses.
 *
 * @param email may be null when the identity provider has none
 * @param country the ISO alpha-3 code of a country user, null otherwise
 * @param language the language chosen on the sign-in page (the {@code locale} claim) if it is one of the six, else
 *     null
 */
public record UserSignedIn(String username, String email, String displayName, String country, boolean focalPoint,
        Language language) {
}

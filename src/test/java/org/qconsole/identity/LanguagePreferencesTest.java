package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.DemoRealm;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** The language a user asks for: their own choice, kept for them alone, else the one of their sign-in. */
@ConsoleTest
class LanguagePreferencesTest {

    @Autowired
    LanguagePreferences preferences;
    @Autowired
    ConsoleOidcUserService users;

    /**
     * The database is the whole test run's, journeys included: the users chosen here go back to English, the
     * language the other tests' browsers speak.
     */
    @AfterEach
    void backToEnglishAndSignOut() {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            preferences.choose(Language.EN);
        }
        SignIn.out();
    }

    @Test
    void aUsersChoiceIsTheirsAloneAndTheirLastOneCounts() {
        SignIn.as(users, "jpn.contributor");
        preferences.choose(Language.RU);
        preferences.choose(Language.ZH);
        assertThat(preferences.mine()).contains(Language.ZH);

        SignIn.as(users, "jpn.focal");
        assertThat(preferences.mine()).isEmpty();
        SignIn.as(users, "jpn.contributor");
    }

    @Test
    void withoutAChoiceTheLanguageChosenOnTheSignInPageCounts() {
        SignIn.as(users, withLocale("ken.contributor", "zh-Hans"));
        assertThat(preferences.mine()).contains(Language.ZH);

        SignIn.as(users, withLocale("ken.contributor", "de"));
        assertThat(preferences.mine()).isEmpty();

        SignIn.as(users, withLocale("ken.contributor", "ar"));
        preferences.choose(Language.FR);
        assertThat(preferences.mine()).contains(Language.FR);
    }

    @Test
    void aSignInTellsTheLanguageOfItsSignInPageSoThatRemindersCanUseIt() {
        assertThat(ConsoleOidcUserService.signedIn(users.consoleUser(withLocale("ken.focal", "zh-Hans"), null))
                .language()).isEqualTo(Language.ZH);
        assertThat(ConsoleOidcUserService.signedIn(users.consoleUser(withLocale("ken.focal", "de"), null))
                .language()).as("not one of the six").isNull();
        assertThat(ConsoleOidcUserService.signedIn(users.consoleUser(DemoRealm.idToken("ken.focal"), null))
                .language()).as("no locale claim").isNull();
    }

    @Test
    void nobodySignedInHasNoLanguage() {
        assertThat(preferences.mine()).isEmpty();
    }

    private static OidcIdToken withLocale(String username, String locale) {
        OidcIdToken token = DemoRealm.idToken(username);
        var claims = new HashMap<>(token.getClaims());
        claims.put("locale", locale);
        return new OidcIdToken(token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt(), claims);
    }
}

package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.DemoRealm;

/**
 * Single sign-on through the real Keycloak, in a real browser; the sign-in page's language over plain HTTP,
 * as each browser language asks for it.
 */
class SignInJourneyTest extends BrowserJourney {

    @Test
    void aSwedishFocalPointSignsInSeesSwedenAndSignsOutToKeycloak() {
        signIn("swe.focal");

        assertThat(waitFor("current-user-country").getText()).isEqualTo("Sweden (SWE)");
        assertThat(waitFor("current-user-name").getText()).isEqualTo("Erik Lindqvist");
        assertThat(waitFor("current-user-role").getText()).isEqualTo("Country focal point");
        assertThat(waitFor("main-navigation").getText()).doesNotContain("Installation", "Member States");
        screenshot("swe-focal-home");

        browser.findElement(By.id("logout")).click();

        waitUntilOnKeycloakLogin();
        browser.get(CONSOLE + "/");
        waitUntilOnKeycloakLogin(); // the Keycloak session ended too: no silent sign-in
    }

    @ParameterizedTest
    @CsvSource({
        "secretariat, Secretariat, ''", "manager, Manager, ''",
        "swe.contributor, Country contributor, Sweden (SWE)",
        "fra.focal, Country focal point, France (FRA)", "fra.contributor, Country contributor, France (FRA)",
        "ken.focal, Country focal point, Kenya (KEN)", "ken.contributor, Country contributor, Kenya (KEN)",
        "bra.focal, Country focal point, Brazil (BRA)", "bra.contributor, Country contributor, Brazil (BRA)",
        "jpn.focal, Country focal point, Japan (JPN)", "jpn.contributor, Country contributor, Japan (JPN)"})
    void everyDemoUserSignsInWithTheirRoleAndCountry(String username, String role, String country) {
        signIn(username);

        assertThat(waitFor("current-user-role").getText()).isEqualTo(role);
        var user = DemoRealm.user(username);
        assertThat(waitFor("current-user-name").getText())
                .isEqualTo(user.path("firstName").asText() + " " + user.path("lastName").asText());
        if (country.isEmpty()) {
            assertThat(browser.findElements(By.id("current-user-country"))).isEmpty();
        } else {
            assertThat(waitFor("current-user-country").getText()).isEqualTo(country);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr-CH, fr;q=0.9, en;q=0.8 | fr      | fr      | ltr | Connectez-vous à votre compte",
        "de-DE, es;q=0.7           | es      | es      | ltr | Acceder a tu cuenta",
        "ar-EG                     | ar      | ar      | rtl | تسجيل الدخول إلى حسابك",
        "ru                        | ru      | ru      | ltr | Вход в учетную запись",
        "zh-CN, zh;q=0.9           | zh-Hans | zh-Hans | ltr | 登录到您的账户",
        "de-DE, de                 | ''      | en      | ltr | Sign in to your account"})
    void keycloaksSignInPageSpeaksTheBrowsersLanguageOfTheSix(String acceptLanguage, String uiLocale, String lang,
            String direction, String title) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> toKeycloak = http.send(HttpRequest.newBuilder(URI.create(CONSOLE
                + "/oauth2/authorization/keycloak")).header("Accept-Language", acceptLanguage).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = toKeycloak.headers().firstValue("Location").orElseThrow();
        if (uiLocale.isEmpty()) {
            assertThat(location).doesNotContain("ui_locales");
        } else {
            assertThat(location).contains("ui_locales=" + uiLocale);
        }

        String page = http.send(HttpRequest.newBuilder(URI.create(location)).header("Accept-Language", acceptLanguage)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        assertThat(page).contains("lang=\"" + lang + "\"", "dir=\"" + direction + "\"", title);
    }

    @Test
    void theSecretariatSeesTheSecretariatNavigationAndTheInstallation() {
        signIn("secretariat");

        String navigation = waitFor("main-navigation").getText();
        assertThat(navigation).contains("Home", "Member States", "Installation");

        browser.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Installation')]")).click();

        assertThat(waitFor("installation-database-role").getText()).startsWith("qc_app")
                .contains("cannot bypass row-level security");
        assertThat(waitFor("installation-issuer").getText())
                .contains("http://localhost:18180/realms/questionnaires");
        screenshot("secretariat-installation");
        assertAccessible("installation page");
    }

    @Test
    void anAccountWithoutAConsoleRoleIsToldToContactTheSecretariat() {
        signIn("no.role");

        assertThat(waitFor("account-problem").getText()).isEqualTo("Your account has no role in this console.");
        assertThat(browser.getPageSource()).contains("Your account is not set up for this console");
    }
}

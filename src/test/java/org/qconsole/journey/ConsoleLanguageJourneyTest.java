package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qconsole.support.BrowserJourney;

/**
 * The console in the user's language, in a real browser: a French focal point's browser in French, no choice
 * made, meets Keycloak's sign-in and the console in French; an Arabic browser gets the whole console right to
 * left; a user's own choice in the top bar is remembered across sign-ins. Each page visited is checked with
 * axe-core, in French and in Arabic.
 */
class ConsoleLanguageJourneyTest extends BrowserJourney {

    @Test
    void aFrenchFocalPointsBrowserInFrenchGetsSignInAndConsoleInFrench() throws IOException {
        useBrowserLanguages("fr-FR,fr");
        browser.get(CONSOLE + "/");
        waitUntilOnKeycloakLogin();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        signIn("fra.focal");

        assertThat(document("lang")).isEqualTo("fr");
        assertThat(document("dir")).isEqualTo("ltr");
        assertThat(waitFor("current-user-role").getText()).isEqualTo("Point de contact national");
        assertThat(waitFor("logout").getText()).isEqualTo("Se déconnecter");
        assertThat(waitFor("main-navigation").getText()).contains("Accueil", "Boîte de réception");
        assertThat(browser.getTitle()).isEqualTo("Accueil · Console des questionnaires");
        assertAccessible("home page in French");

        browser.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Boîte de réception')]")).click();
        waitForText("inbox", "(?s).*Questionnaires pour France.*");
        assertThat(waitFor("inbox-grid").getText()).contains("Questionnaire", "Date limite", "Non commencé");
        assertAccessible("inbox in French");
        clickRowOf("//vaadin-grid-cell-content[contains(., 'ICT for international cooperation')]");

        waitFor("response-submit");
        assertThat(browser.findElement(By.id("response-submit")).getText()).isEqualTo("Soumettre au secrétariat");
        assertThat(waitFor("response-facts").getText()).contains("France (FRA)", "Non commencé", "date limite");
        assertThat(waitFor("response-progress").getText()).contains("questions obligatoires");
        assertAccessible("fill-in page in French");
    }

    @Test
    void anArabicBrowserGetsTheWholeConsoleRightToLeft() throws IOException {
        useBrowserLanguages("ar");

        signIn("ken.focal");

        assertThat(document("lang")).isEqualTo("ar");
        assertThat(document("dir")).isEqualTo("rtl");
        assertThat(waitFor("logout").getText()).isEqualTo("تسجيل الخروج");
        assertThat(waitFor("main-navigation").getText()).contains("الرئيسية", "صندوق الوارد");
        // The navigation drawer is on the right, where a right-to-left reader starts.
        Number drawerLeft = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]')"
                        + ".getBoundingClientRect().left");
        assertThat(drawerLeft.intValue()).isGreaterThan(600);
        screenshot("arabic-home");
        assertAccessible("home page in Arabic");
        browser.get(CONSOLE + "/inbox");
        waitFor("inbox-grid");
        assertAccessible("inbox in Arabic");
    }

    @Test
    void aUsersOwnChoiceOfLanguageIsRememberedAcrossSignIns() {
        signIn("bra.contributor");
        assertThat(waitFor("logout").getText()).isEqualTo("Sign out");

        choose("console-language", "Español");
        waitForText("logout", "(?s).*Cerrar sesión.*");
        assertThat(document("lang")).isEqualTo("es");
        browser.findElement(By.id("logout")).click();
        waitUntilOnKeycloakLogin();
        signIn("bra.contributor");
        assertThat(waitFor("logout").getText()).isEqualTo("Cerrar sesión");
        assertThat(waitFor("current-user-role").getText()).isEqualTo("Colaborador nacional");

        choose("console-language", "English");
        waitForText("logout", "(?s).*Sign out.*");
    }

    private String document(String attribute) {
        return waitUntil(driver -> {
            Object value = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.getAttribute(arguments[0])", attribute);
            return value == null || value.toString().isEmpty() ? null : value.toString();
        });
    }
}

package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.ui.ConsoleMessages;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console in the user's language, in a real browser: a French focal point's browser in French, no choice
 * made, meets Keycloak's sign-in and the console in French; an Arabic browser gets the whole console right to
 * left; a user's own choice in the top bar is remembered across sign-ins. Each page visited is checked with
 * axe-core, in French and in Arabic.
 */
class ConsoleLanguageJourneyTest extends BrowserJourney {

    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;

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

        click("response-submit"); // nothing answered: refused, and said in French
        waitForText("submit-problems", "(?s)\\d+ questions obligatoires n’ont pas encore de réponse\\..*");
        assertThat(waitFor("response-facts").getText()).contains("Non commencé");
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
    void theSecretariatsPagesAreInArabicRightToLeftAndAccessible() throws IOException {
        long campaign;
        long version;
        SignIn.as(users, "secretariat");
        try {
            campaign = assignments.campaigns().get(0).id();
            version = TemplateFixtures.draftOfEveryKind(templates, "AR").id();
        } finally {
            SignIn.out();
        }
        useBrowserLanguages("ar");
        signIn("secretariat");
        assertThat(document("dir")).isEqualTo("rtl");

        visit("/templates", "templates", "template.list.heading");
        visit("/templates/version/" + version, "template-version", "template.status.DRAFT");
        visit("/templates/design/" + version, "designer", "");
        visit("/campaigns", "campaigns", "menu.CampaignsView");
        visit("/campaign/" + campaign, "campaign", "assignment.campaign.dashboard");
        visit("/dashboards", "dashboards", "menu.OverviewView");
        visit("/dashboard/" + campaign, "dashboard", "");
        click("export-xlsx"); // the export speaks Arabic too
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        click("export-download");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(waitForDownload(".xlsx")))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("الإجابات");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("الدولة");
        }
        visit("/compilation/" + campaign, "compilation", "dashboard.compilation.question");
        visit("/reminders", "reminder-settings", "menu.ReminderSettingsView");
        visit("/member-states", "member-states", "menu.MemberStatesView");
        visit("/installation", "installation", "menu.InstallationView");
        visit("/plugins", "plugins", "menu.PluginsView");
    }

    /** Opens a page, waits for it, checks a text of its own in Arabic (by its key, when given) and runs axe. */
    private void visit(String path, String id, String key) throws IOException {
        browser.get(CONSOLE + path);
        WebElement page = waitFor(id);
        if (!key.isEmpty()) {
            String arabic = new ConsoleMessages().getTranslation(key, Locale.forLanguageTag("ar"));
            waitForText(id, "(?s).*" + java.util.regex.Pattern.quote(arabic) + ".*");
        }
        assertThat(page.getText()).as(path + " has Arabic words").containsPattern("[\\u0600-\\u06FF]{3,}");
        assertAccessible(path + " in Arabic");
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

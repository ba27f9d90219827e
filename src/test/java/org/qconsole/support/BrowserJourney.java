package org.qconsole.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser journeys: the console on port 18080, the real Keycloak with the demo realm on port 18180
 * (started by the console's embedded defaults), and Debian's headless Chromium.
 */
@WithKeycloak
public abstract class BrowserJourney {

    public static final int PORT = 18080;
    protected static final String CONSOLE = "http://localhost:" + PORT;
    protected static final String KEYCLOAK_LOGIN = "/realms/questionnaires/protocol/openid-connect/auth";

    /** Where the browser saves downloads (emptied before each journey). */
    protected static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();

    protected WebDriver browser;
    private Path profile;

    /** On failure, keeps a screenshot of what the browser showed (runs before the browser closes). */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() throws IOException {
        open("en-US,en");
    }

    /** Starts the browser anew with these languages (its Accept-Language), most preferred first. */
    protected void useBrowserLanguages(String languages) throws IOException {
        closeBrowser();
        open(languages);
    }

    private void open(String languages) throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                "--lang=" + languages.split(",")[0]);
        Files.createDirectories(DOWNLOADS);
        try (var old = Files.list(DOWNLOADS)) {
            old.forEach(file -> file.toFile().delete());
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the console and signs in on Keycloak's own login page, then waits until the browser is back
     * on a rendered console page: navigating earlier would race the login callback and land on Keycloak again.
     */
    protected void signIn(String username) {
        browser.get(CONSOLE + "/");
        waitUntilOnKeycloakLogin();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        waitUntil(ExpectedConditions.and(ExpectedConditions.urlMatches("^" + CONSOLE + "/(?!login).*"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-navigation, #account-problem"))));
    }

    /** A finished download whose name ends so (Chromium writes .crdownload files until it is done). */
    protected Path waitForDownload(String ending) {
        return waitUntil(driver -> {
            try (var files = Files.list(DOWNLOADS)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(ending)).toList();
                return done.isEmpty() || done.get(0).toFile().length() == 0 ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The downloaded file of this name, once the browser has written it. */
    protected Path waitForDownloadNamed(String name) {
        return waitUntil(driver -> {
            try (var files = Files.list(DOWNLOADS)) {
                var done = files.filter(f -> f.getFileName().toString().equals(name)).toList();
                return done.isEmpty() || done.get(0).toFile().length() == 0 ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Signs out of the console and Keycloak, back on the sign-in page. */
    protected void signOut() {
        click("logout");
        waitUntilOnKeycloakLogin();
    }

    /** As a country user: opens the response to the campaign of this title from the inbox. */
    protected void openFromInbox(String campaignTitle) {
        waitFor("main-navigation");
        browser.get(CONSOLE + "/inbox");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='" + campaignTitle + "']");
        waitFor("response-status");
    }

    protected void waitUntilOnKeycloakLogin() {
        waitUntil(ExpectedConditions.and(ExpectedConditions.urlContains(KEYCLOAK_LOGIN),
                ExpectedConditions.presenceOfElementLocated(By.id("username"))));
    }

    protected WebElement waitFor(String id) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Waits until Vaadin has sent what the user typed (lazy fields wait a moment) and the server has
     * answered, so that the next step sees the result.
     */
    protected void settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitUntil(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    /** Scrolls the element with this id into view and clicks it once it can be clicked. */
    protected void click(String id) {
        clickElement(waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    protected void clickXpath(String xpath) {
        clickElement(waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath))));
    }

    /**
     * Opens what a grid row leads to by clicking the row's cell with this text. A grid reuses its row
     * elements as it scrolls, so a click can land while the cell is being moved (other tests' campaigns push
     * the demo campaign's row below the fold of the dashboards list): the cell is scrolled into view, found
     * again once the grid is still, clicked, and clicked again if the page stayed where it was.
     */
    protected void clickRowOf(String cellXpath) {
        for (int attempt = 1; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})",
                    waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(cellXpath))));
            settle();
            WebElement cell = waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(cellXpath)));
            waitUntil(ExpectedConditions.elementToBeClickable(cell)).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(cellXpath)));
                return;
            } catch (org.openqa.selenium.TimeoutException stayed) {
                if (attempt == 3) {
                    throw stayed;
                }
            }
        }
    }

    private void clickElement(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
    }

    /** Replaces the text of a Vaadin text field or area, then leaves it (which sends the value). */
    protected void type(String id, String text) {
        WebElement input = waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", input);
        waitUntil(ExpectedConditions.elementToBeClickable(input)).sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE, text, org.openqa.selenium.Keys.TAB);
        settle();
    }

    /** Opens a Vaadin select and picks the item with exactly this label. */
    protected void choose(String id, String label) {
        click(id);
        clickXpath("//vaadin-select-item[@role='option' and normalize-space(.)='" + label + "']");
    }

    /** Opens a Vaadin select and picks the first item whose label starts so. */
    protected void chooseStartingWith(String id, String labelStart) {
        click(id);
        clickXpath("//vaadin-select-item[@role='option' and starts-with(normalize-space(.), '" + labelStart + "')]");
    }

    /** Creates a template with its first draft and opens the draft in the designer. */
    protected void designNewTemplate(String code, String title) {
        browser.get(CONSOLE + "/templates");
        click("template-new");
        type("template-new-code", code);
        type("template-new-title", title);
        click("template-new-create");
        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), code + " v1 · Draft"));
        click("template-edit");
        waitFor("designer-outline");
    }

    /** From the designer: done, then publish the draft and confirm; waits for "<code> v1 · Published". */
    protected void publishFromTheDesigner(String code) {
        click("designer-done");
        click("template-publish");
        waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[@slot='confirm-button']")))
                .click();
        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), code + " v1 · Published"));
    }

    /**
     * Opens a new campaign's dialog and fills it for the Western European and other States (Sweden and France
     * among them), the version chosen by the start of its label; the caller sends it.
     */
    protected void newCampaignForWesternEurope(String versionStart, String title, int daysToDeadline) {
        browser.get(CONSOLE + "/campaigns");
        click("campaign-new");
        chooseStartingWith("campaign-version", versionStart);
        type("campaign-title", title);
        type("campaign-deadline", java.time.LocalDate.now().plusDays(daysToDeadline)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        // Inside the dialog's scrolling content the checkbox may sit below the fold: click it directly.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//vaadin-checkbox[normalize-space(.)='Western European and other States']"))));
        settle();
    }

    /** As the secretariat, sends the demo questionnaire to Western Europe under this title; signs out after. */
    protected void sendIctQuestionnaireToWesternEurope(String title, int daysToDeadline) {
        signIn("secretariat");
        waitFor("main-navigation");
        newCampaignForWesternEurope("ICT-2023 v1", title, daysToDeadline);
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), title));
        signOut();
    }

    /** On a campaign's dashboard: the answers to one question side by side, downloaded as CSV. */
    protected String compilationCsv(String questionStart) throws IOException {
        click("dashboard-compilation");
        waitForText("compilation-heading", "Answers side by side: .*");
        chooseStartingWith("compilation-question", questionStart);
        assertAccessible("answers side by side");
        click("compilation-download");
        return Files.readString(waitForDownload(".csv"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Chooses a file for the Vaadin upload with this id, as a user picking it in the file dialog. */
    protected void upload(String id, Path file) {
        WebElement upload = waitFor(id);
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        // The file input is in the component's light DOM or its shadow root, by version.
        WebElement input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.get(0);
        // A person's pick replaces what was picked before; ChromeDriver would add the file to it.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = ''", input);
        input.sendKeys(file.toString());
    }

    /** Types a date and confirms it with Enter, which also closes the date picker's calendar. */
    protected void typeDate(String id, String date) {
        WebElement input = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(date, org.openqa.selenium.Keys.ENTER);
        settle();
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
    }

    /** Ticks or clears a Vaadin checkbox (its native input is visually hidden, so it is clicked directly). */
    protected void tick(String id) {
        clickHiddenInput("//*[@id='" + id + "']//input");
    }

    /** Ticks or clears the box with this label in a Vaadin checkbox group. */
    protected void tick(String groupId, String label) {
        clickHiddenInput("//*[@id='" + groupId + "']//vaadin-checkbox[normalize-space(.)='" + label + "']//input");
    }

    /** Picks items by label in a Vaadin multi-select combo box, then closes its list. */
    protected void pick(String id, String... labels) {
        WebElement input = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        for (String label : labels) {
            clickElement(input);
            clickXpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']");
        }
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        settle();
    }

    private void clickHiddenInput(String xpath) {
        WebElement input = waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", input);
        settle();
    }

    /** Picks a radio button of a group by its label (the native input is visually hidden, so it is clicked directly). */
    protected void radio(String groupId, String label) {
        clickHiddenInput("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']//input");
    }

    /** Waits for an element's text to match, also when it is scrolled out of view. */
    protected void waitForText(String id, String regex) {
        waitUntil(driver -> {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && String.valueOf(found.get(0).getDomProperty("textContent")).matches(regex);
        });
    }

    /**
     * Fails on any serious or critical WCAG 2.1 A or AA problem that axe-core finds on the page shown, naming
     * the rule, what it asks for and where (a page is checked once it shows what the journey came for).
     */
    protected void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> problems = results.getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .toList();
        assertThat(problems).as("accessibility problems on " + page).isEmpty();
    }

    /** Keeps what the browser shows in target/screenshots, for people reviewing a run. */
    protected void screenshot(String name) {
        try {
            Path target = Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png");
            Files.write(target, ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the condition; an element gone stale (the page was reloaded meanwhile) is looked for again. */
    protected <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }
}

package org.qconsole.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Looks at a running console as a visitor would, in headless Chromium: signs in as a demo user and checks
 * that the page is served in Vaadin's production mode (no development-mode notice or tools) and that a
 * mistyped address does not list the console's routes. Used by .ci/run-command-check on the run command.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.ProductionModeCheck
 * -Dexec.args="http://localhost:8080 swe.focal"}. Exits non-zero with the reason when a check fails.
 */
public final class ProductionModeCheck {

    private ProductionModeCheck() {
    }

    public static void main(String[] args) throws Exception {
        String console = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "swe.focal";
        WebDriver browser = Browsers.headlessChromium();
        String failure = null;
        try {
            Browsers.signIn(browser, console, user);
            String mode = String.valueOf(((JavascriptExecutor) browser).executeScript(
                    "return Object.values(window.Vaadin.Flow.clients).map(c => c.productionMode === undefined"
                            + " ? 'unknown' : String(c.productionMode)).join(',')"));
            require(mode.contains("true") && !mode.contains("false"), "the client runs in development mode (" + mode + ")");
            require(!browser.getPageSource().contains("vaadin-dev-tools"), "the development tools are in the page");
            require(!browser.getPageSource().contains("Development Mode"), "the development-mode notice is shown");
            browser.get(console + "/no-such-page");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "no-such-page"));
            String notFound = browser.findElement(By.tagName("body")).getText();
            require(!notFound.contains("Available routes") && !notFound.contains("templates/design"),
                    "a mistyped address lists the console's routes: " + notFound);
            System.out.println("production-mode check: OK (signed in as " + user + "; no development tools or"
                    + " notice; unknown address shows no route list; client production mode: " + mode + ")");
        } catch (CheckFailed e) {
            failure = e.getMessage();
        } finally {
            browser.quit();
        }
        if (failure != null) {
            System.out.println("production-mode check: FAILED: " + failure);
            System.exit(1);
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new CheckFailed(failure);
        }
    }

    private static final class CheckFailed extends RuntimeException {
        CheckFailed(String message) {
            super(message);
        }
    }

    /** Debian's Chromium, headless, with a fresh profile and no background traffic. */
    static final class Browsers {

        private Browsers() {
        }

        static WebDriver headlessChromium() throws java.io.IOException {
            Path profile = Files.createTempDirectory("chromium-check");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            return new ChromeDriver(service, options);
        }

        /** Signs in on Keycloak's page (demo passwords are the user names) and waits for the console. */
        static void signIn(WebDriver browser, String console, String user) {
            browser.get(console + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(user);
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-navigation")));
        }
    }
}

package org.qconsole.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live heap per open fill-in session, measured as Vaadin measures it: N real headless Chromium sessions
 * sign in through Keycloak and open a country's response (by its campaign's title in the inbox) on a
 * running console; full GC before and after; the growth of the live heap divided by N. Run it against the
 * run command or the production jar (it finds the console's process by the port it listens on and uses
 * jcmd), e.g. {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.SessionMemoryBenchmark
 * -Dexec.args="20 http://localhost:8080 swe.focal"}; a fourth argument names another campaign ({@code none}:
 * stay on the home page, for the cost of a signed-in session alone), and {@code -Dhistogram=25} also prints
 * the 25 classes whose live objects grew most; {@code -Ddump=/tmp/sessions.hprof} writes a heap dump of the
 * live objects while the sessions are open (read it with {@link HeapDumpRetained}). At the end every session signs out, and the live heap is
 * measured once more (it should be back near where it started). It prints; it asserts nothing.
 */
public final class SessionMemoryBenchmark {

    private static final String NONE = "none";
    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String console = args.length > 1 ? args[1] : "http://localhost:8080";
        String user = args.length > 2 ? args[2] : "swe.focal";
        String campaign = args.length > 3 ? args[3] : DEMO;
        ConsoleProcess process = ConsoleProcess.listeningOn(java.net.URI.create(console).getPort());
        int histogramTop = Integer.getInteger("histogram", 0);
        List<WebDriver> browsers = new ArrayList<>();
        try {
            // A first session, kept open and not counted, fills what all sessions share (the published
            // questionnaire's cache, classes loaded, pools), so that the sessions measured hold only their own.
            browsers.add(ProductionModeCheck.Browsers.headlessChromium());
            open(browsers.get(0), console, user, campaign);
            long before = process.liveHeapKb();
            HeapHistogram histogramBefore = histogramTop > 0 ? histogram(process) : null;
            List<Long> openMillis = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                WebDriver browser = ProductionModeCheck.Browsers.headlessChromium();
                browsers.add(browser);
                openMillis.add(open(browser, console, user, campaign));
            }
            long after = process.liveHeapKb();
            if (histogramBefore != null) {
                histogram(process).growthSince(histogramBefore, sessions, histogramTop).forEach(System.out::println);
            }
            openMillis.sort(Long::compare);
            System.out.printf("session memory: %d sessions of %s on %s, \"%s\": live heap %d KB -> %d KB, %d KB per"
                            + " session; response opened in median %d ms (max %d ms)%n", sessions, user, console,
                    campaign, before, after, (after - before) / sessions,
                    openMillis.get(openMillis.size() / 2), openMillis.get(openMillis.size() - 1));
            String dump = System.getProperty("dump");
            if (dump != null) { // for HeapDumpRetained, while the sessions are open
                System.out.println(process.jcmd("GC.heap_dump", dump).trim());
            }
            browsers.forEach(SessionMemoryBenchmark::signOut);
            System.out.printf("after signing out: live heap %d KB%n", process.liveHeapKb());
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    /**
     * Signs in, opens the inbox and clicks the campaign's response.
     *
     * @return milliseconds from the click until the response's first section is shown
     */
    private static long open(WebDriver browser, String console, String user, String campaign) {
        ProductionModeCheck.Browsers.signIn(browser, console, user);
        if (NONE.equals(campaign)) {
            return 0;
        }
        browser.get(console + "/inbox");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        By row = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + campaign + "']");
        wait.until(ExpectedConditions.elementToBeClickable(row));
        long t0 = System.nanoTime();
        browser.findElement(row).click();
        wait.until(ExpectedConditions.textMatches(By.id("response-status"), Pattern.compile(".+")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Signs out (ending the HTTP and Vaadin session at once, as a user would), so runs do not add up. */
    private static void signOut(WebDriver browser) {
        try {
            browser.findElement(By.id("logout")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("username")));
        } catch (RuntimeException e) {
            System.out.println("could not sign out: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static HeapHistogram histogram(ConsoleProcess process) throws IOException, InterruptedException {
        return HeapHistogram.parse(process.jcmd("GC.class_histogram"));
    }
}

package org.qconsole.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live heap per open fill-in session, measured as Vaadin measures it: N real headless Chromium sessions
 * sign in through Keycloak and open a country's response on a running console; full GC before and after;
 * the growth of the live heap divided by N. Run it against the run command or the production jar (it
 * finds the console's process with pgrep and uses jcmd), e.g.
 * {@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.SessionMemoryBenchmark
 * -Dexec.args="20 http://localhost:8080 swe.focal"}. It prints; it asserts nothing.
 */
public final class SessionMemoryBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String console = args.length > 1 ? args[1] : "http://localhost:8080";
        String user = args.length > 2 ? args[2] : "swe.focal";
        String campaign = args.length > 3 ? args[3] : DEMO;
        long pid = consolePid();
        List<WebDriver> browsers = new ArrayList<>();
        try {
            long before = liveHeapKb(pid);
            List<Long> openMillis = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                WebDriver browser = ProductionModeCheck.Browsers.headlessChromium();
                browsers.add(browser);
                ProductionModeCheck.Browsers.signIn(browser, console, user);
                browser.get(console + "/inbox");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//vaadin-grid-cell-content[normalize-space(.)='" + campaign + "']")));
                long t0 = System.nanoTime();
                browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + campaign + "']"))
                        .click();
                wait.until(ExpectedConditions.textMatches(By.id("response-status"), Pattern.compile(".+")));
                openMillis.add((System.nanoTime() - t0) / 1_000_000);
            }
            long after = liveHeapKb(pid);
            openMillis.sort(Long::compare);
            System.out.printf("session memory: %d sessions of %s on %s: live heap %d MB -> %d MB, %d KB per session;"
                            + " response opened in median %d ms (max %d ms)%n", sessions, user, console,
                    before / 1024, after / 1024, (after - before) / sessions, openMillis.get(openMillis.size() / 2),
                    openMillis.get(openMillis.size() - 1));
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static long consolePid() throws IOException, InterruptedException {
        String found = run("pgrep", "-f", "QuestionnaireConsoleApplication|questionnaire-console.*\\.jar").trim();
        if (found.isEmpty()) {
            throw new IllegalStateException("No running console found");
        }
        return Long.parseLong(found.lines().findFirst().orElseThrow());
    }

    /** Live heap after two full collections (the second cleans up what the first's finalizers left). */
    private static long liveHeapKb(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        run("jcmd", String.valueOf(pid), "GC.run");
        Matcher used = USED.matcher(run("jcmd", String.valueOf(pid), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}

package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.Downloaded;
import org.qconsole.support.HttpSignIn;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every download a user can click, clicked in a real browser, with the bytes checked: a download written
 * outside the UI thread once answered HTTP 500 for every user while the service behind it passed its tests.
 * A download address belongs to the session that was shown it: another session and no session get nothing.
 */
class DownloadsJourneyTest extends BrowserJourney {

    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;

    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";
    private static final String SWEDISH_ANSWER =
            "The Swedish Police Authority has a number of self-developed case management IT-systems.";

    @Test
    void aFocalPointDownloadsTheResponseAndTheBlankQuestionnaireAsPdf() throws IOException, InterruptedException {
        signIn("swe.focal");
        browser.get(CONSOLE + "/inbox");
        clickRowOf("//vaadin-grid-cell-content[normalize-space(.)='" + DEMO + "']");
        waitForText("response-facts", "Sweden \\(SWE\\) .*");

        click("response-pdf");
        String response = Downloaded.pdfText(waitForDownload("response-SWE.pdf"));
        assertThat(response).contains("Sweden").contains(SWEDISH_ANSWER.substring(0, 40));

        click("response-blank-pdf");
        String blank = Downloaded.pdfText(waitForDownload("questionnaire.pdf"));
        assertThat(blank).contains("international cooperation").doesNotContain(SWEDISH_ANSWER.substring(0, 40));

        String address = browser.findElement(By.id("response-pdf")).getDomAttribute("href");
        String swedishSession = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(isPdf(fetch(address, null))).as("no session").isFalse();
        String frenchSession = HttpSignIn.session(CONSOLE, "fra.focal");
        assertThat(frenchSession).isNotEqualTo(swedishSession);
        assertThat(isPdf(fetch(address, frenchSession))).as("another country's session").isFalse();
        assertThat(isPdf(fetch(address, swedishSession))).as("the session that was shown the link").isTrue();
    }

    @Test
    void theSecretariatDownloadsAPublishedVersionAsPdfAndAsJson() throws IOException {
        signIn("secretariat");
        // Other tests' templates may push the seed out of the list's visible rows: open its version directly.
        browser.get(CONSOLE + "/templates/version/" + seedVersionOne());
        waitForText("template-version-heading", "ICT-2023 v1 · Published");
        assertAccessible("published version page");

        click("template-pdf");
        assertThat(Downloaded.pdfText(waitForDownload("ICT-2023-v1.pdf"))).contains("international cooperation");

        click("template-export");
        JsonNode exported = new ObjectMapper().readTree(waitForDownload("ICT-2023-v1.json").toFile());
        assertThat(exported.path("template").path("code").asText()).isEqualTo("ICT-2023");
        assertThat(exported.path("version").path("sections").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aManagerDownloadsTheCampaignAsCsvAndOneQuestionSideBySide() throws IOException {
        signIn("manager");
        browser.get(CONSOLE + "/dashboards");
        type("overview-search", DEMO);
        clickRowOf("//vaadin-grid-cell-content[normalize-space(.)='" + DEMO + "']");
        waitUntil(ExpectedConditions.textToBe(By.id("dashboard-heading"), DEMO));

        click("export-csv");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        click("export-download");
        List<String> campaign = Files.readAllLines(waitForDownload(".csv"), StandardCharsets.UTF_8);
        assertThat(campaign.get(0)).contains("q3_custom_software");
        assertThat(String.join("\n", campaign)).contains(SWEDISH_ANSWER);
        clearDownloads();

        assertThat(compilationCsv("3 ")).startsWith("State,ISO code,Regional group,Status,\"3 If you are using software")
                .contains("Sweden,SWE,Western European and other States,In progress," + SWEDISH_ANSWER);
    }

    private long seedVersionOne() {
        SignIn.as(users, "secretariat");
        try {
            return templates.templates().stream().filter(t -> t.code().equals("ICT-2023"))
                    .flatMap(t -> t.versions().stream()).filter(v -> v.number() == 1).findFirst().orElseThrow().id();
        } finally {
            SignIn.out();
        }
    }

    private HttpResponse<byte[]> fetch(String address, String sessionId) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address.startsWith("http") ? address
                : CONSOLE + "/" + address.replaceFirst("^/", "")));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isPdf(HttpResponse<byte[]> response) {
        return new String(response.body(), 0, Math.min(4, response.body().length), StandardCharsets.US_ASCII)
                .equals("%PDF");
    }

    private void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            files.forEach(file -> file.toFile().delete());
        }
    }
}

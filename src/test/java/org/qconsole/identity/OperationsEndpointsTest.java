package org.qconsole.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportJob;
import org.qconsole.export.ExportJobs;
import org.qconsole.reminder.ReminderService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.ServerSessions;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What operators read, as production runs it: Prometheus metrics on a management port of their own (saves by
 * outcome with their latency, open sessions, exports, reminders), never served on the console's port, and
 * the liveness and readiness probes on the console's port for the load balancer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ExportJobs exports;
    @Autowired
    ReminderService reminders;
    @Autowired
    ServletWebServerApplicationContext server;
    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eachSaveIsCountedByOutcomeWithItsLatencyOnTheManagementPortWithoutSignIn() throws Exception {
        long sweden = sentToSweden("MET");
        String before = scrape();

        SignIn.as(users, "swe.contributor");
        answers.save(sweden, "q3_name", TextNode.valueOf("Police"), 0);
        answers.save(sweden, "q3_name", TextNode.valueOf("Customs"), 0);
        answers.save(sweden, "q5_cases", IntNode.valueOf(-5), 0);
        answers.save(sweden, "q5_cases", IntNode.valueOf(12), 0);
        String after = scrape();

        assertThat(value(after, "console_answer_saves_seconds_count", "outcome=\"saved\"")
                - value(before, "console_answer_saves_seconds_count", "outcome=\"saved\"")).isEqualTo(2);
        assertThat(value(after, "console_answer_saves_seconds_count", "outcome=\"conflict\"")
                - value(before, "console_answer_saves_seconds_count", "outcome=\"conflict\"")).isEqualTo(1);
        assertThat(value(after, "console_answer_saves_seconds_count", "outcome=\"invalid\"")
                - value(before, "console_answer_saves_seconds_count", "outcome=\"invalid\"")).isEqualTo(1);
        assertThat(value(after, "console_answer_saves_seconds_sum", "outcome=\"saved\"")).isPositive();
        assertThat(after).contains("console_answer_saves_seconds_bucket{");
    }

    @Test
    void exportsAndRemindersAreCountedByOutcome() throws Exception {
        long sweden = sentToSweden("MEX");
        long campaign = assignments.assignment(sweden).campaignId();
        String before = scrape();

        var done = new CountDownLatch(1);
        exports.start(campaign, ExportFormat.CSV, org.qconsole.model.Language.EN, new ExportJob.Listener() {
            @Override
            public void progress(double share) {
            }

            @Override
            public void finished(ExportJob job) {
                job.discard();
                done.countDown();
            }

            @Override
            public void failed(String message) {
                done.countDown();
            }
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        int sent = reminders.remindNow(List.of(sweden));
        String after = scrape();

        // The export's timer stops on the job's thread just after the job told its listener.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                value(scrape(), "console_exports_seconds_count", "format=\"csv\",outcome=\"finished\"")
                        - value(before, "console_exports_seconds_count", "format=\"csv\",outcome=\"finished\""))
                .isEqualTo(1));
        String outcome = sent == 1 ? "outcome=\"sent\"" : "outcome=\"no-recipient\"";
        assertThat(value(after, "console_reminders_total", "kind=\"manual\"," + outcome)
                - value(before, "console_reminders_total", "kind=\"manual\"," + outcome)).isEqualTo(1);
    }

    @Test
    void openSessionsAreCountedUntilTheyEnd() throws Exception {
        var sessions = new ServerSessions(server, users, port);
        double before = value(scrape(), "console_sessions_active", "");

        String session = sessions.signedIn("swe.contributor");
        assertThat(sessions.get("/", session).statusCode()).isEqualTo(200);
        assertThat(value(scrape(), "console_sessions_active", "")).isEqualTo(before + 1);

        sessions.expire(session);
        assertThat(value(scrape(), "console_sessions_active", "")).isEqualTo(before);
    }

    @Test
    void theConsolesOwnPortServesProbesButNoMetrics() throws Exception {
        HttpResponse<String> metrics = get(port, "/actuator/prometheus");
        HttpResponse<String> live = get(port, "/livez");
        HttpResponse<String> ready = get(port, "/readyz");

        assertThat(metrics.statusCode()).isEqualTo(302);
        assertThat(metrics.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/keycloak"));
        assertThat(metrics.body()).doesNotContain("console_");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(managementPort, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private long sentToSweden(String prefix) {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, prefix).id();
        long campaign = assignments.create(new NewCampaign(version, "Metrics " + prefix, "",
                LocalDate.now().plusDays(10), Set.of("SWE"))).id();
        return assignments.assignments(campaign).get(0).id();
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The sample's value, 0 when there is none yet (a meter appears with its first event). */
    private static double value(String scrape, String name, String labels) {
        String labelled = labels.isEmpty() ? "(?:\\{[^}]*\\})?" : "\\{[^}]*" + Pattern.quote(labels) + "[^}]*\\}";
        var sample = Pattern.compile("(?m)^" + name + labelled + " (\\S+)$").matcher(scrape);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

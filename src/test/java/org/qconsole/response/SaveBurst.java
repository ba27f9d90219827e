package org.qconsole.response;

import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.qconsole.QuestionnaireConsoleApplication;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child JVM of {@link CrashDurabilityTest}: the console started as the run command starts it (its
 * own embedded PostgreSQL on a data directory, no test profile), then users of several countries saving
 * answers through {@link AnswerService#save} as fast as they can, until the test kills this JVM.
 *
 * <p>Speaks to the test through standard output: {@code SETTINGS ...}, {@code READY}, then one
 * {@code ACK <assignment> <key> <value> <revision> END} line after each save that returned success.
 */
public final class SaveBurst {

    /** Each writer alone writes its keys, so a stored value newer than its last ack can only be its own. */
    private static final List<Writer> WRITERS = List.of(
            new Writer("swe.focal", "SWE", List.of("q3_name")),
            new Writer("swe.contributor", "SWE", List.of("q4_details")),
            new Writer("fra.focal", "FRA", List.of("q3_name", "q4_details")),
            new Writer("ken.contributor", "KEN", List.of("q3_name", "q4_details")),
            new Writer("bra.focal", "BRA", List.of("q3_name", "q4_details")),
            new Writer("jpn.contributor", "JPN", List.of("q3_name", "q4_details")));

    private SaveBurst() {
    }

    /** @param args the PostgreSQL data directory */
    public static void main(String[] args) throws SQLException {
        ConfigurableApplicationContext context = new SpringApplication(QuestionnaireConsoleApplication.class).run(
                "--console.embedded.postgres.data-directory=" + args[0],
                // No Keycloak: the writers sign in as the tests do; nothing asks the issuer.
                "--console.embedded.keycloak.enabled=false",
                "--console.oidc.issuer-uri=http://localhost:1/realms/questionnaires",
                "--console.oidc.client-secret=crash-test", "--console.oidc.verify-on-startup=false",
                "--console.demo-data.enabled=false", "--console.reminders.cron=-", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.qconsole=INFO", "--logging.level.org.springframework.boot.StartupInfoLogger=INFO");
        printSettings(context.getBean(DataSource.class));
        Map<String, Long> assignmentByCountry = prepare(context);
        AnswerService answers = context.getBean(AnswerService.class);
        ConsoleOidcUserService users = context.getBean(ConsoleOidcUserService.class);
        System.out.println("READY");
        for (Writer writer : WRITERS) {
            long assignment = assignmentByCountry.get(writer.country());
            new Thread(() -> writer.saveUntilKilled(users, answers, assignment), writer.username()).start();
        }
    }

    /** The durability settings the run command's database really runs with. */
    private static void printSettings(DataSource dataSource) throws SQLException {
        StringBuilder line = new StringBuilder("SETTINGS");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = sql.executeQuery("SHOW " + name)) {
                    rs.next();
                    line.append(' ').append(name).append('=').append(rs.getString(1));
                }
            }
        }
        System.out.println(line);
    }

    /** A published questionnaire sent to the writers' countries, through the services the secretariat uses. */
    private static Map<String, Long> prepare(ConfigurableApplicationContext context) {
        SignIn.as(context.getBean(ConsoleOidcUserService.class), "secretariat");
        AssignmentService assignments = context.getBean(AssignmentService.class);
        long version = TemplateFixtures.publishEveryKind(context.getBean(TemplateService.class), "CRASH").id();
        long campaign = assignments.create(new NewCampaign(version, "Crash durability", "",
                LocalDate.now().plusDays(30), Set.of("SWE", "FRA", "KEN", "BRA", "JPN"))).id();
        Map<String, Long> byCountry = new HashMap<>();
        for (Assignment a : assignments.assignments(campaign)) {
            byCountry.put(a.country().alpha3(), a.id());
        }
        SignIn.out();
        return byCountry;
    }

    private record Writer(String username, String country, List<String> keys) {

        void saveUntilKilled(ConsoleOidcUserService users, AnswerService answers, long assignmentId) {
            SignIn.as(users, username);
            Map<String, Integer> revisions = new HashMap<>();
            for (int n = 1; ; n++) {
                String key = keys.get(n % keys.size());
                String value = username + "-" + n;
                try {
                    SaveOutcome outcome = answers.save(assignmentId, key, TextNode.valueOf(value),
                            revisions.getOrDefault(key, 0));
                    if (outcome instanceof SaveOutcome.Saved saved) {
                        revisions.put(key, saved.answer().revision());
                        System.out.println("ACK " + assignmentId + " " + key + " " + value + " "
                                + saved.answer().revision() + " END");
                    } else {
                        System.out.println("REFUSED " + key + " " + value + " " + outcome);
                    }
                } catch (RuntimeException e) {
                    // Never acknowledged; the test reports these lines if anything is lost.
                    System.out.println("FAILED " + key + " " + value + " " + e);
                }
            }
        }
    }
}

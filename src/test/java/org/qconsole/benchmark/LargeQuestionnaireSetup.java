package org.qconsole.benchmark;

import static org.qconsole.benchmark.BenchmarkCampaigns.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateImporter;
import org.qconsole.template.TemplateValidator;
import org.qconsole.template.model.TemplateJson;

/**
 * Puts the {@link LargeQuestionnaire} (250 questions, 25 sections) on a running console: checks it as an
 * import would, writes it to {@code target/bench-250.json} (to import it through the designer instead, if
 * wanted), then inserts the template, its published version, a campaign and an assignment to each given
 * State directly, as the owner role, in one transaction. Running it again changes nothing.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dbenchmark=org.qconsole.benchmark.LargeQuestionnaireSetup
 * -Dexec.args="jdbc:postgresql://localhost:<port>/questionnaires SWE"} (the port is in the run command's
 * ready banner).
 */
public final class LargeQuestionnaireSetup {

    static final String CAMPAIGN = "Benchmark: 250 questions in 25 sections";
    private static final String ACTOR = "benchmark";

    private LargeQuestionnaireSetup() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<String> countries = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("SWE");
        String definition = checkedDefinition();
        Files.writeString(Path.of("target", "bench-250.json"), LargeQuestionnaire.document().toPrettyString());
        try (Connection db = DriverManager.getConnection(url, "qc_owner", "qc_owner")) {
            db.setAutoCommit(false);
            BenchmarkCampaigns.allCountries(db);
            long version = publishedVersion(db, definition);
            long campaign = BenchmarkCampaigns.campaign(db, version, CAMPAIGN, "CU 2026/BENCH/250");
            for (String country : countries) {
                BenchmarkCampaigns.assign(db, campaign, country);
            }
            db.commit();
            System.out.printf("large questionnaire: template %s, version %d, campaign %d (\"%s\") sent to %s%n",
                    LargeQuestionnaire.CODE, version, campaign, CAMPAIGN, countries);
        }
    }

    /** The version definition as the console stores it, refusing a document the console would refuse. */
    static String checkedDefinition() {
        byte[] file = LargeQuestionnaire.document().toString().getBytes(StandardCharsets.UTF_8);
        TemplateImporter.Parsed parsed = TemplateImporter.parse(file);
        List<Problem> problems = parsed.ok() ? TemplateValidator.validate(parsed.document().version()) : parsed.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The generated questionnaire is not valid: " + problems);
        }
        return TemplateJson.write(parsed.document().version());
    }

    private static long publishedVersion(Connection db, String definition) throws SQLException {
        Long existing = query(db, "SELECT v.id FROM template_version v JOIN template t ON t.id = v.template_id"
                + " WHERE t.code = ? AND v.status = 'published'", LargeQuestionnaire.CODE);
        if (existing != null) {
            return existing;
        }
        long template = query(db, "INSERT INTO template (code, created_by) VALUES (?, ?) RETURNING id",
                LargeQuestionnaire.CODE, ACTOR);
        long version = query(db, "INSERT INTO template_version (template_id, version_number, status, definition,"
                + " created_by, updated_by, published_at, published_by)"
                + " VALUES (?, 1, 'published', ?::jsonb, ?, ?, now(), ?) RETURNING id",
                template, definition, ACTOR, ACTOR, ACTOR);
        query(db, "INSERT INTO template_audit (template_id, version_id, action, actor, detail)"
                + " VALUES (?, ?, 'published', ?, 'Generated for the session memory benchmark') RETURNING id",
                template, version, ACTOR);
        return version;
    }
}

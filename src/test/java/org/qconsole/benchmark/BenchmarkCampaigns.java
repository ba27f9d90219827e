package org.qconsole.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaigns and assignments put on a running console by a benchmark, directly with SQL as the owner role
 * (in the caller's transaction, with every country in scope: assignments are under row-level security,
 * which binds the owner too). Running it again changes nothing.
 */
final class BenchmarkCampaigns {

    private static final String ACTOR = "benchmark";

    private BenchmarkCampaigns() {
    }

    /** Sees every country's rows for the rest of the transaction. */
    static void allCountries(Connection db) throws SQLException {
        query(db, "SELECT set_config('app.all_countries', 'on', true)");
    }

    /** The campaign of this title, created on the template version if there is none. */
    static long campaign(Connection db, long version, String title, String circular) throws SQLException {
        Long existing = query(db, "SELECT id FROM campaign WHERE title = ?", title);
        if (existing != null) {
            return existing;
        }
        return query(db, "INSERT INTO campaign (template_version_id, title, circular_reference, deadline, created_by)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", version, title, circular, LocalDate.now().plusMonths(6),
                ACTOR);
    }

    /**
     * One response for each of {@code count} sessions: campaigns "title k" of the demo questionnaire's version,
     * each sent to the given countries in turn (session i gets campaign i / countries + 1, country i % countries).
     */
    static List<Long> onePerSession(Connection db, String demoTitle, String title, String circular,
            List<String> countries, int count) throws SQLException {
        allCountries(db);
        Long version = query(db, "SELECT template_version_id FROM campaign WHERE title = ?", demoTitle);
        if (version == null) {
            throw new IllegalStateException("The demo campaign \"" + demoTitle + "\" is not on this console");
        }
        List<Long> assignments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i / countries.size() + 1;
            long campaign = campaign(db, version, title + " " + k, circular + k);
            assignments.add(assign(db, campaign, countries.get(i % countries.size())));
        }
        return assignments;
    }

    /** The campaign's assignment to a State, sent (with its history event) if it was not. */
    static long assign(Connection db, long campaign, String country) throws SQLException {
        Long id = query(db, "INSERT INTO assignment (campaign_id, country, deadline, created_by)"
                + " SELECT id, ?, deadline, ? FROM campaign WHERE id = ?"
                + " ON CONFLICT (campaign_id, country) DO NOTHING RETURNING id", country, ACTOR, campaign);
        if (id == null) {
            return query(db, "SELECT id FROM assignment WHERE campaign_id = ? AND country = ?", campaign, country);
        }
        query(db, "INSERT INTO assignment_event (assignment_id, country, action, actor, detail)"
                + " VALUES (?, ?, 'assigned', ?, 'Benchmark') RETURNING id", id, country, ACTOR);
        return id;
    }

    /** Runs a statement and returns its first column of the first row as a number, or null. */
    static Long query(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getObject(1) instanceof Number n ? n.longValue() : null;
            }
        }
    }
}

package org.qconsole.response.query;

import static org.qconsole.jooq.Tables.ANSWER;
import static org.qconsole.jooq.Tables.ASSIGNMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record3;
import org.qconsole.common.repository.JsonColumns;
import org.springframework.stereotype.Repository;

/**
 * All answers of a campaign, one response after the other, from a database cursor (under row-level
 * security): what an export holds at a time is one response's answers and the rows the cursor has fetched.
 */
@Repository
public class CampaignAnswersQuery {

    /**
     * Rows the cursor fetches per round trip: a few responses' answers (150 questions each in the largest
     * questionnaires), few round trips for a campaign of 193 States, and a bounded buffer whatever its size.
     */
    static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    public CampaignAnswersQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Calls {@code action} for every assignment of the campaign, by country (the order of the campaign's
     * assignments everywhere in the console), with its answer values by question key (empty when it has none).
     * The map is the action's to use until it returns, and is not kept. PostgreSQL's JDBC driver reads with a
     * cursor only inside a transaction (auto-commit off): the caller's transaction, which stays open while the
     * rows are written.
     */
    public void forEachResponse(long campaignId, BiConsumer<Long, Map<String, JsonNode>> action) {
        try (Cursor<Record3<Long, String, JSONB>> cursor = dsl
                .select(ASSIGNMENT.ID, ANSWER.QUESTION_KEY, ANSWER.VALUE)
                .from(ASSIGNMENT).leftJoin(ANSWER).on(ANSWER.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ASSIGNMENT.COUNTRY, ASSIGNMENT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            long current = 0;
            Map<String, JsonNode> values = null;
            for (Record3<Long, String, JSONB> row : cursor) {
                if (values == null || row.value1() != current) {
                    if (values != null) {
                        action.accept(current, values);
                    }
                    current = row.value1();
                    values = new HashMap<>();
                }
                if (row.value2() != null) {
                    values.put(row.value2(), JsonColumns.read(row.value3()));
                }
            }
            if (values != null) {
                action.accept(current, values);
            }
        }
    }
}

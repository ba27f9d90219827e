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
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.qconsole.common.repository.JsonColumns;
import org.springframework.stereotype.Repository;

/**
 * All answers of a campaign, one response after the other, from a database cursor (under row-level
 * security): PostgreSQL gathers each response's answers into one JSON object (one row, one parse per
 * response instead of a row and a parse per answer), and an export holds one response's answers and the
 * few rows the cursor has fetched at a time.
 */
@Repository
public class CampaignAnswersQuery {

    /** Responses the cursor fetches per round trip: a bounded buffer (150 answers each at most), few round trips. */
    static final int FETCH_SIZE = 16;

    private static final Field<JSONB> ANSWERS = DSL.field("jsonb_object_agg({0}, {1}) FILTER (WHERE {0} IS NOT NULL)",
            SQLDataType.JSONB, ANSWER.QUESTION_KEY, ANSWER.VALUE);

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
        try (Cursor<Record2<Long, JSONB>> cursor = dsl.select(ASSIGNMENT.ID, ANSWERS)
                .from(ASSIGNMENT).leftJoin(ANSWER).on(ANSWER.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .where(ASSIGNMENT.CAMPAIGN_ID.eq(campaignId))
                .groupBy(ASSIGNMENT.ID)
                .orderBy(ASSIGNMENT.COUNTRY, ASSIGNMENT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record2<Long, JSONB> row : cursor) {
                action.accept(row.value1(), byKey(JsonColumns.read(row.value2())));
            }
        }
    }

    private static Map<String, JsonNode> byKey(JsonNode answers) {
        Map<String, JsonNode> values = new HashMap<>();
        if (answers != null) {
            answers.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        }
        return values;
    }
}

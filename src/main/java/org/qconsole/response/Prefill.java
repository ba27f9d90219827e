package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.qconsole.assignment.Assignment;

/**
 * Answers the country gave to an earlier version of the same template that can be copied into this
 * response, matched by stable question key, each with what the response holds now.
 */
public record Prefill(Assignment source, List<Item> items) {

    public Prefill {
        items = List.copyOf(items);
    }

    /**
     * One answer that can be copied.
     *
     * @param currentRevision the revision of the answer now (0 when not answered), so that copying never
     *     overwrites a colleague's newer answer
     */
    public record Item(String questionKey, String question, String earlier, String current, JsonNode value,
            int currentRevision) {

        public boolean answeredNow() {
            return currentRevision > 0 && !current.isEmpty();
        }
    }

    /** "ICT 2021 (CU 2021/45)", to say where the answers come from. */
    public String sourceLabel() {
        return source.campaignTitle() + (source.circularReference().isBlank() ? ""
                : " (" + source.circularReference() + ")");
    }
}

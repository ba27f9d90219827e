package org.qconsole.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.questionnaire.MissingAnswer;
import org.qconsole.response.AnswerService;
import org.qconsole.response.Response;
import org.qconsole.response.SaveOutcome;

/**
 * One country's response to a published version, for service tests that answer it and read what the
 * published questionnaire makes of the answers: what is shown, what is missing. Called as the country's user.
 */
public record OneResponse(AnswerService answers, long campaign, long assignment) {

    /** Sends a published version to Sweden alone (call as the secretariat). */
    public static OneResponse sentToSweden(AssignmentService assignments, AnswerService answers, long version,
            String name) {
        long campaign = assignments.create(new NewCampaign(version, name + " " + version, "",
                LocalDate.now().plusDays(20), Set.of("SWE"))).id();
        return new OneResponse(answers, campaign, assignments.assignments(campaign).get(0).id());
    }

    /** Saves an answer over its current revision; the save must succeed. */
    public void save(String key, JsonNode value) {
        var stored = answers.open(assignment).answers().get(key);
        assertThat(answers.save(assignment, key, value, stored == null ? 0 : stored.revision()))
                .isInstanceOf(SaveOutcome.Saved.class);
    }

    /** The keys of the questions still to answer. */
    public List<String> missing() {
        Response response = answers.open(assignment);
        return response.published().progress(values(response)).missing().stream()
                .map(MissingAnswer::questionKey).toList();
    }

    public boolean shown(String key) {
        Response response = answers.open(assignment);
        return response.published().visibility(values(response)).isShown(key);
    }

    private static Map<String, JsonNode> values(Response response) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        response.answers().forEach((key, stored) -> values.put(key, stored.value()));
        return values;
    }
}

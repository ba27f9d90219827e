package org.qconsole.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark's reading of Vaadin's protocol, on messages recorded from the console (the parts of the
 * answer to opening a response that concern the ICT questionnaire's question 2, its text area and the save
 * status; then the answer to the typing event): where the elements are, what the status says, which events
 * the server listens to and what the benchmark sends for them.
 */
class FlowTreeTest {

    private final JsonNode recorded = read();

    @Test
    void findsTheElementsOfTheOpenedResponseByTheirIds() {
        FlowTree tree = new FlowTree();
        tree.apply(recorded.get("navigation"));

        int textArea = tree.elementWithId("answer-q2_useful_icts").orElseThrow();
        int status = tree.elementWithId(LoadSession.STATUS).orElseThrow();
        assertThat(tree.tag(textArea)).hasValue("vaadin-text-area");
        assertThat(tree.elementWithId("q-q2_useful_icts")).isPresent();
        assertThat(tree.elementWithId("answer-q9_other_information")).isEmpty();
        assertThat(tree.attribute(status, "data-state")).hasValue(LoadSession.SAVED_STATE);
        assertThat(tree.text(status)).isEqualTo(LoadSession.SAVED_TEXT);
    }

    @Test
    void followsTheStatusAsLaterMessagesChangeIt() {
        FlowTree tree = new FlowTree();
        tree.apply(recorded.get("navigation"));
        tree.apply(recorded.get("typing"));

        int status = tree.elementWithId(LoadSession.STATUS).orElseThrow();
        assertThat(tree.attribute(status, "data-state")).hasValue("unsaved");
        assertThat(tree.text(status)).isEqualTo("Not saved yet");
    }

    @Test
    void sendsTheTextAreasValueWithItsTrailingInputEventAsTheBrowserDoes() {
        FlowTree tree = new FlowTree();
        tree.apply(recorded.get("navigation"));
        JsonNode valueListener = tree.listener(tree.elementWithId("answer-q2_useful_icts").orElseThrow(), "input")
                .orElseThrow();
        JsonNode typingListener = tree.listener(tree.elementWithId("q-q2_useful_icts").orElseThrow(), "input")
                .orElseThrow();

        assertThat(LoadSession.synchronizedProperties(valueListener)).containsExactly("value");
        ObjectNode valueEvent = LoadSession.eventData(valueListener, "trailing");
        assertThat(valueEvent.get("1").asInt()).isEqualTo(1);
        assertThat(valueEvent.get("for").asText()).isEqualTo("trailing");
        assertThat(valueEvent.has("}value")).isFalse();
        ObjectNode typingEvent = LoadSession.eventData(typingListener, "leading");
        assertThat(typingEvent.get("event.target.type != 'radio' && event.target.type != 'checkbox'").asBoolean())
                .isTrue();
        assertThat(LoadSession.synchronizedProperties(typingListener)).isEmpty();
    }

    @Test
    void aDetachedElementIsGone() {
        FlowTree tree = new FlowTree();
        tree.apply(recorded.get("navigation"));
        int status = tree.elementWithId(LoadSession.STATUS).orElseThrow();
        ObjectNode message = FlowSession.JSON.createObjectNode();
        message.putArray("changes").addObject().put("node", status).put("type", "detach");

        tree.apply(message);

        assertThat(tree.elementWithId(LoadSession.STATUS)).isEmpty();
        assertThat(tree.text(status)).isEmpty();
    }

    private static JsonNode read() {
        try (InputStream in = FlowTreeTest.class.getResourceAsStream("/benchmark/uidl-response-opened.json")) {
            return FlowSession.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

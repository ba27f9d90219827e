package org.qconsole.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's copy of a Vaadin Flow UI's state tree, built from the {@code changes} of the UIDL messages
 * the server sends (as flow-client's {@code TreeChangeProcessor} does): each state node has maps (tag,
 * properties, attributes, listeners, text) and lists (children) by feature number. Enough of it to find an
 * element by its {@code id} attribute, read an attribute or a text, and see which events the server listens
 * to, with the settings the client would evaluate them with (the {@code constants}).
 */
final class FlowTree {

    /** Feature numbers of flow-client's {@code NodeFeatures}. */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;

    private static final JsonNode MISSING = MissingNode.getInstance();

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    private static final class Node {
        private final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        private final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }
    }

    /** Applies one UIDL message: its constants, then its changes in order. */
    void apply(JsonNode uidl) {
        uidl.path("constants").properties().forEach(c -> constants.put(c.getKey(), c.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, n -> new Node());
            int feature = change.path("feat").asInt();
            switch (type) {
                case "put" -> node.map(feature).put(change.path("key").asText(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.path("value"));
                case "remove" -> node.map(feature).remove(change.path("key").asText());
                case "clear" -> {
                    node.map(feature).clear();
                    node.list(feature).clear();
                }
                case "splice" -> splice(node.list(feature), change);
                default -> { // attach, empty
                }
            }
        }
    }

    private static void splice(List<JsonNode> list, JsonNode change) {
        int index = change.path("index").asInt();
        for (int i = 0; i < change.path("remove").asInt() && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.path("add");
        for (JsonNode value : added) {
            list.add(index++, value);
        }
    }

    /** The node of the element with this {@code id} attribute. */
    Optional<Integer> elementWithId(String elementId) {
        return nodes.entrySet().stream()
                .filter(n -> elementId.equals(n.getValue().map(ELEMENT_ATTRIBUTES).getOrDefault("id", MISSING).asText(null)))
                .map(Map.Entry::getKey).findFirst();
    }

    Optional<String> attribute(int node, String name) {
        return value(node, ELEMENT_ATTRIBUTES, name).map(JsonNode::asText);
    }

    /** A property the server set on an element, e.g. a text field's {@code value}. */
    Optional<String> property(int node, String name) {
        return value(node, ELEMENT_PROPERTIES, name).map(JsonNode::asText);
    }

    Optional<String> tag(int node) {
        return value(node, ELEMENT_DATA, "tag").map(JsonNode::asText);
    }

    /** The text of an element: its text node children, joined (as {@code textContent} of a span of text). */
    String text(int node) {
        Node element = nodes.get(node);
        if (element == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode child : element.list(ELEMENT_CHILDREN)) {
            value(child.asInt(), TEXT_NODE, "text").ifPresent(t -> text.append(t.asText()));
        }
        return text.toString();
    }

    /**
     * The settings of a DOM event the server listens to on a node: expression → {@code false} (sent as event
     * data), {@code true} (a filter) or {@code [[timeout, phase...]...]} (a debounced filter); expressions
     * starting with {@code }} name a property synchronized with the event.
     */
    Optional<JsonNode> listener(int node, String event) {
        return value(node, ELEMENT_LISTENERS, event).map(key -> constants.get(key.asText()));
    }

    /** A node's maps and lists by feature, for messages about what was not found. */
    String describe(int node) {
        Node element = nodes.get(node);
        return element == null ? "no node " + node : "node " + node + ": " + element.maps + " " + element.lists;
    }

    private Optional<JsonNode> value(int node, int feature, String key) {
        Node element = nodes.get(node);
        return element == null ? Optional.empty() : Optional.ofNullable(element.map(feature).get(key));
    }
}

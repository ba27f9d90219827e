package org.qconsole.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of a signed-in user, without a browser: it speaks Vaadin Flow 24's client protocol over
 * HTTP as flow-client does (no push: the console has none). {@link #open} loads the bootstrap page of a
 * route, then the UI's first UIDL ({@code ?v-r=init}, as {@code Flow.ts} does when the page did not carry it)
 * and navigates to the route ({@code ui-navigate});
 * {@link #send} posts RPC invocations ({@code ?v-r=uidl}) with the CSRF token, the last server sync id and
 * the client's message counter, and applies the answer to its {@link FlowTree}. Anything a browser would
 * treat as a failure (HTTP error, {@code meta.appError}, a session expiry, a resynchronization, a message
 * counter out of step) throws {@link FlowException}.
 */
final class FlowSession {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";
    /** The UI's own element ({@code StateTree}'s root), which Flow.ts sends navigation events to. */
    private static final int ROOT_NODE = 1;
    private static final int ATTEMPTS = 3;
    private static final long RESEND_PAUSE_MILLIS = 100;
    private static final Pattern INLINE_INITIAL = Pattern.compile("\"appConfig\"");

    private final HttpClient http;
    private final String console;
    private final String sessionCookie;
    private final FlowTree tree = new FlowTree();
    private String csrfToken;
    private int uiId;
    private int syncId = -1;
    private int clientId;
    private int resends;

    static final class FlowException extends IOException {
        private final boolean sessionExpired;

        FlowException(String message) {
            this(message, false);
        }

        FlowException(String message, boolean sessionExpired) {
            super(message);
            this.sessionExpired = sessionExpired;
        }

        /** The server no longer knows the session (e.g. the request signed the user out). */
        boolean sessionExpired() {
            return sessionExpired;
        }
    }

    FlowSession(HttpClient http, String console, String sessionCookie) {
        this.http = http;
        this.console = console;
        this.sessionCookie = sessionCookie;
    }

    FlowTree tree() {
        return tree;
    }

    /**
     * Opens a route as a browser does: the bootstrap page, then the UI's first state.
     *
     * @param route the path without its leading slash, e.g. {@code response/12}
     * @param query the query string without {@code ?}, or empty
     * @return the answer to the navigation: the view's components
     */
    JsonNode open(String route, String query) throws IOException, InterruptedException {
        String page = console + "/" + route + (query.isEmpty() ? "" : "?" + query);
        HttpResponse<String> bootstrap = http.send(request(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        requireOk(bootstrap, "the bootstrap page");
        if (INLINE_INITIAL.matcher(bootstrap.body()).find()) {
            throw new FlowException("The bootstrap page carries the first UIDL itself: not handled by this client");
        }
        // Relative to the page's <base href="./..">, i.e. the console's root, as every request of the client.
        String init = console + "/?v-r=init&location=" + route + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> answer = http.send(request(init).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        requireOk(answer, "the UI's init request");
        JsonNode config = JSON.readTree(answer.body());
        JsonNode appConfig = config.path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(-1);
        JsonNode uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || csrfToken == null || uidl.isMissingNode()) {
            throw new FlowException("The init answer has no UI id, CSRF token or UIDL: " + abbreviated(answer.body()));
        }
        received(uidl);
        // Flow.ts then asks the UI to show the route, as for every navigation (the first has no trigger).
        ObjectNode navigation = JSON.createObjectNode().put("route", route).put("query", query)
                .put("appShellTitle", "").putNull("historyState").put("trigger", "");
        return send(List.of(event(ROOT_NODE, "ui-navigate", navigation)));
    }

    /**
     * Sends RPC invocations in one message, as the client does for what it queued; returns the answer. A
     * message whose request fails on the way (a kept-alive connection the server has just closed, say) is
     * sent again, with the same message id, as flow-client does; {@link #resends()} counts those.
     */
    JsonNode send(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpRequest post = request(console + "/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build();
        HttpResponse<String> answer = sendAgainOnFailure(post);
        clientId++;
        requireOk(answer, "a UIDL request");
        String body = answer.body();
        if (!body.startsWith(UIDL_PREFIX)) {
            throw new FlowException("Not a UIDL answer: " + abbreviated(body));
        }
        JsonNode wrapped = JSON.readTree(body.substring(UIDL_PREFIX.length()));
        JsonNode uidl = wrapped.isArray() ? wrapped.path(0) : wrapped;
        received(uidl);
        return uidl;
    }

    /** How many messages had to be sent again after their request failed on the way. */
    int resends() {
        return resends;
    }

    private HttpResponse<String> sendAgainOnFailure(HttpRequest post) throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return http.send(post, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                resends++;
                Thread.sleep(RESEND_PAUSE_MILLIS);
            }
        }
    }

    /** A DOM event as the client reports it ({@code data}: the listener's expressions evaluated, the phase). */
    static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", data);
        return event;
    }

    /** A property the browser changed, synchronized as the event that the server listens for fires. */
    static ObjectNode propertySync(int node, String property, String value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node)
                .put("feature", FlowTree.ELEMENT_PROPERTIES).put("property", property).put("value", value);
    }

    private void received(JsonNode uidl) throws FlowException {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
            throw new FlowException("The server answered " + abbreviated(meta.toString()),
                    meta.path("sessionExpired").asBoolean());
        }
        if (uidl.has("clientId") && uidl.get("clientId").asInt() != clientId) {
            throw new FlowException("The server expects message " + uidl.get("clientId").asInt() + ", not "
                    + clientId);
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        syncId = uidl.path("syncId").asInt(syncId);
        tree.apply(uidl);
    }

    private HttpRequest.Builder request(String address) {
        return HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "JSESSIONID=" + sessionCookie);
    }

    private static void requireOk(HttpResponse<String> response, String what) throws FlowException {
        if (response.statusCode() != 200) {
            throw new FlowException("HTTP " + response.statusCode() + " for " + what + ": "
                    + abbreviated(response.body()));
        }
    }

    static String abbreviated(String text) {
        Matcher newline = Pattern.compile("\\s+").matcher(text);
        String flat = newline.replaceAll(" ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}

package org.qconsole.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.support.HttpSignIn;

/**
 * One country user typing into their response, without a browser: signs in through Keycloak's form, opens
 * the response's section in a {@link FlowSession} and then, for each change, sends what the browser sends
 * when someone types a burst into a long-text answer and pauses: the question's leading "input" event (the
 * status turns to "Not saved yet"), then, once the text area's lazy 400 ms have passed, the text area's
 * trailing "input" event with its {@code value} property synchronized. The console saves the answer while
 * it handles that second request (Autosave saves in the value change listener), so the answer to that
 * request is the one that must say "All answers saved"; its round trip is the answer-to-saved time.
 */
final class LoadSession {

    static final String STATUS = "response-status";
    static final String SAVED_STATE = "saved";
    static final String SAVED_TEXT = "All answers saved";
    /** What the browser evaluates the always-true filter of a debounced listener to. */
    private static final String ALWAYS_TRUE = "1";
    private static final String FILLER = " The central authority uses secure e-mail, the GlobE network's"
            + " platform and video conferences with its counterparts; requests are tracked in a case system.";

    private final String console;
    private final String user;
    private final long assignmentId;
    private final String questionKey;
    private final String section;
    private FlowSession flow;
    private String sessionCookie = "";
    private int textArea;
    private int question;
    private int status;
    private JsonNode valueListener;
    private JsonNode typingListener;

    /** The outcome of one change: its answer-to-saved time, or why it was not saved. */
    record Change(long sentNanos, double millis, String failure) {
        boolean saved() {
            return failure == null;
        }
    }

    LoadSession(String console, String user, long assignmentId, String section, String questionKey) {
        this.console = console;
        this.user = user;
        this.assignmentId = assignmentId;
        this.section = section;
        this.questionKey = questionKey;
    }

    String user() {
        return user;
    }

    long assignmentId() {
        return assignmentId;
    }

    /** Messages sent again after their request failed on the way (see {@link FlowSession#send}). */
    int resends() {
        return flow == null ? 0 : flow.resends();
    }

    /** Signs in and opens the response's section; fails when the page does not have what a user types into. */
    void open() throws IOException, InterruptedException {
        sessionCookie = HttpSignIn.session(console, user);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        flow = new FlowSession(http, console, sessionCookie);
        flow.open("response/" + assignmentId, "section=" + section);
        FlowTree tree = flow.tree();
        textArea = element(tree, "answer-" + questionKey);
        question = element(tree, "q-" + questionKey);
        status = element(tree, STATUS);
        valueListener = tree.listener(textArea, "input").orElse(null);
        typingListener = tree.listener(question, "input").orElse(null);
        if (valueListener == null || !valueListener.has("}value")) {
            throw new IllegalStateException("The server does not take the value of " + questionKey + " with its input"
                    + " event: " + tree.describe(textArea));
        }
        if (typingListener == null) {
            throw new IllegalStateException("The server does not listen to typing in " + questionKey);
        }
    }

    /**
     * The console instance this session is on, as a load balancer that prefixes the session cookie with the
     * server's name says ({@code a~...}); empty without one.
     */
    String instance() {
        int separator = sessionCookie.indexOf('~');
        return separator < 0 ? "" : sessionCookie.substring(0, separator);
    }

    /** The answer the page shows in the text area, as the console last sent it. */
    String shownAnswer() {
        return flow.tree().property(textArea, "value").orElse("");
    }

    /** The answer of change {@code number}, as {@link #change} types it. */
    String answer(int number) {
        return "Change " + number + " by " + user + "." + FILLER;
    }

    private int element(FlowTree tree, String id) {
        return tree.elementWithId(id).orElseThrow(() -> new IllegalStateException("Response " + assignmentId
                + " as " + user + " shows no element " + id));
    }

    /** Types a new answer: the typing event, a pause of {@code pauseMillis} (at least 400), then the value. */
    Change change(int number, long pauseMillis) throws InterruptedException {
        try {
            flow.send(List.of(FlowSession.event(question, "input", eventData(typingListener, "leading"))));
            if (SAVED_STATE.equals(state())) {
                return new Change(System.nanoTime(), 0, "typing was not reported: the status still says saved");
            }
            Thread.sleep(pauseMillis);
            String value = answer(number);
            List<ObjectNode> invocations = new ArrayList<>();
            synchronizedProperties(valueListener).forEach(property ->
                    invocations.add(FlowSession.propertySync(textArea, property, value)));
            invocations.add(FlowSession.event(textArea, "input", eventData(valueListener, "trailing")));
            long sent = System.nanoTime();
            flow.send(invocations);
            double millis = (System.nanoTime() - sent) / 1e6;
            String text = flow.tree().text(status);
            boolean saved = SAVED_STATE.equals(state()) && SAVED_TEXT.equals(text);
            return new Change(sent, millis, saved ? null : "status \"" + text + "\" (" + state() + ")");
        } catch (IOException | RuntimeException e) {
            return new Change(System.nanoTime(), 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Clicks "Sign out", so that runs do not add up in the console's heap.
     *
     * @return whether the console ended the session (its answer to the click says the session expired)
     */
    boolean signOut() {
        try {
            FlowTree tree = flow.tree();
            int button = element(tree, "logout");
            JsonNode click = tree.listener(button, "click").orElseThrow();
            flow.send(List.of(FlowSession.event(button, "click", clickData(click))));
            return false;
        } catch (FlowSession.FlowException e) {
            return e.sessionExpired();
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A plain left click's event data: no modifier key, the first button, one click, at 0, 0. */
    private static ObjectNode clickData(JsonNode listener) {
        ObjectNode data = FlowSession.JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> expression : iterable(listener)) {
            String key = expression.getKey();
            if (key.endsWith("Key")) {
                data.put(key, false);
            } else {
                data.put(key, "event.detail".equals(key) ? 1 : 0);
            }
        }
        return data;
    }

    private String state() {
        return flow.tree().attribute(status, "data-state").orElse("");
    }

    /**
     * The event data the browser sends: each expression of the listener evaluated (its filters hold for a
     * key typed into a text area: not a radio button or a check box), and the debounce phase that fired.
     */
    static ObjectNode eventData(JsonNode listener, String phase) {
        ObjectNode data = FlowSession.JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> expression : iterable(listener)) {
            String key = expression.getKey();
            if (key.startsWith("}")) {
                continue;
            }
            if (ALWAYS_TRUE.equals(key)) {
                data.put(key, 1);
            } else {
                data.put(key, true);
            }
        }
        return data.put("for", phase);
    }

    /** The properties the browser synchronizes as the listener's event fires ({@code }value}: value). */
    static List<String> synchronizedProperties(JsonNode listener) {
        List<String> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> expression : iterable(listener)) {
            if (expression.getKey().startsWith("}")) {
                properties.add(expression.getKey().substring(1));
            }
        }
        return properties;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode listener) {
        return listener.properties();
    }
}

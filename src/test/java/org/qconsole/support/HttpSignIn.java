package org.qconsole.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in through Keycloak's login form without a browser: a second, separate session in a
 * journey, or the many sessions of the load benchmark (which then speak Vaadin's protocol themselves).
 * Cookies are kept by hand: Keycloak marks its own Secure, which Java's cookie manager then withholds over
 * plain http even on localhost (browsers treat localhost as secure).
 */
public final class HttpSignIn {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpSignIn() {
    }

    /** The console's session cookie value of a freshly signed-in demo user (password = user name). */
    public static String session(String console, String user) throws IOException, InterruptedException {
        return new HttpSignIn().signIn(console, user);
    }

    private String signIn(String console, String user) throws IOException, InterruptedException {
        String keycloak = location(send(request(console + "/oauth2/authorization/keycloak").GET()));
        Matcher action = FORM_ACTION.matcher(new String(send(request(keycloak).GET()).body(), StandardCharsets.UTF_8));
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form was not found");
        }
        String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        String callback = location(send(request(action.group(1).replace("&amp;", "&"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))));
        send(request(callback).GET());
        String session = cookies.get("JSESSIONID");
        if (session == null) {
            throw new IllegalStateException(user + " was not signed in");
        }
        return session;
    }

    private HttpRequest.Builder request(String address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        });
        return response;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect from " + response.uri() + " (HTTP "
                        + response.statusCode() + ")"));
    }
}

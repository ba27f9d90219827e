package org.qconsole.plugin;

import java.time.OffsetDateTime;

/** Another console instance on the same database, as it last reported itself. */
public record RunningInstance(String host, PluginSet plugins, OffsetDateTime startedAt) {
}

package org.qconsole.plugin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where section plugins are loaded from ({@code console.plugins.directory}, default {@code plugins},
 * relative to the working directory). Only {@code *.jar} files there are loaded.
 */
@ConfigurationProperties("console.plugins")
public record PluginProperties(String directory) {

    public PluginProperties {
        directory = directory == null || directory.isBlank() ? "plugins" : directory;
    }
}

package org.qconsole.plugin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where section plugins are loaded from ({@code console.plugins.directory}, relative to the working
 * directory). Only {@code *.jar} files there are loaded. The default, {@code target/plugins}, is where the
 * console's build puts the shipped plugins for the run command and the tests, apart from their sources
 * in {@code plugins/}; an installation sets its own folder.
 */
@ConfigurationProperties("console.plugins")
public record PluginProperties(String directory) {

    static final String DEFAULT = "target/plugins";

    public PluginProperties {
        directory = directory == null || directory.isBlank() ? DEFAULT : directory;
    }
}

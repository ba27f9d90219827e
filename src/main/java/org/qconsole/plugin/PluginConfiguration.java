package org.qconsole.plugin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the section plugins once, at start-up, from {@code console.plugins.directory}. */
@Configuration
@EnableConfigurationProperties(PluginProperties.class)
class PluginConfiguration {

    @Bean
    SectionPlugins sectionPlugins(PluginProperties properties) {
        return SectionPlugins.load(Path.of(properties.directory()));
    }
}

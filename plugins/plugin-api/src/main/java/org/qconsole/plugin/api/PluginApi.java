package org.qconsole.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this API, semantic: a minor version only adds (a plugin built against 1.0 runs on 1.1),
 * a major version may break. The console refuses a plugin whose {@code Plugin-Requires} (in its JAR's
 * manifest, e.g. {@code >=1.1.0 & <2.0.0}) this version does not satisfy.
 */
public final class PluginApi {

    private static final String VERSION = read();

    private PluginApi() {
    }

    /**
     * The version of the API the console runs, e.g. {@code 1.1.0}. A method rather than a constant: a
     * constant would be copied into a plugin when it is compiled, and report the version it was built with.
     */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing next to " + PluginApi.class);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

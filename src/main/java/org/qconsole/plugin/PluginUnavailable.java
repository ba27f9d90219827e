package org.qconsole.plugin;

/** A section's plugin is missing or failed: the section is shown as temporarily unavailable. */
public class PluginUnavailable extends RuntimeException {

    public PluginUnavailable(String message) {
        super(message);
    }
}

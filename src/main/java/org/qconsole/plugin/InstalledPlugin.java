package org.qconsole.plugin;

import java.util.List;

/**
 * A plugin JAR found in the plugins folder, as the admin page lists it.
 *
 * @param id the plugin id from its manifest (the file name when the JAR could not be read)
 * @param file the JAR's file name
 * @param sectionTypes the ids of the section types it provides (empty when it failed)
 * @param reason why it failed or was refused, empty when it runs
 */
public record InstalledPlugin(String id, String version, String file, State state, String reason,
        List<String> sectionTypes) {

    public InstalledPlugin {
        sectionTypes = List.copyOf(sectionTypes);
        reason = reason == null ? "" : reason;
    }

    public enum State {
        RUNNING("Running"), FAILED("Failed"),
        /** Not loaded: it requires another version of the plugin API. */
        REFUSED("Refused");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The key of its label in the console's messages (the label above is the English one). */
        public String messageKey() {
            return "plugin.state." + name();
        }
    }
}

package org.qconsole.common.startup;

/**
 * The console's start-up, in the order it runs. Before any of these, while the application context is
 * built, Liquibase applies the database migrations and loads the reference data (the member States and
 * their regional groups, see {@code db/}): a console whose schema is not up to date never gets this far.
 *
 * <p>Each stage is carried out by the feature that owns it, as a {@link StartupStep}; a stage whose step
 * is not there (the demo data, when demo data is off) is skipped. The order is this enum's order.
 */
public enum StartupStage {

    /**
     * This instance's plugin JARs agree with every other running instance's, or it refuses to start; it then
     * counts as running (plugin).
     */
    PLUGIN_SET("plugin set agreement"),
    /** Stored answers of an upgraded plugin are migrated to its current answer format (response). */
    PLUGIN_ANSWER_MIGRATION("plugin answer migration"),
    /**
     * Responses whose recorded completion is missing, or stamped by another completion formula or other
     * plugins than the running ones, get it computed again (response).
     */
    RECORDED_COMPLETION("recorded-completion refresh"),
    /** Demo data: the shipped questionnaire, published, and a draft second version (template). */
    DEMO_QUESTIONNAIRE("demo questionnaire"),
    /** Demo data: the questionnaire sent to 24 States in varied states, Sweden's answers filled in (response). */
    DEMO_CAMPAIGN("demo campaign"),
    /** Demo data: the demo realm's focal points known to the reminders (reminder). */
    DEMO_FOCAL_POINTS("demo focal points"),
    /** Tells whoever started the console where to go and how to sign in; always the last word (common). */
    READY_BANNER("ready banner");

    private final String label;

    StartupStage(String label) {
        this.label = label;
    }

    /** How the log names the stage. */
    public String label() {
        return label;
    }
}

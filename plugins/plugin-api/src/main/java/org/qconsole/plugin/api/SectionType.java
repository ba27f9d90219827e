package org.qconsole.plugin.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A kind of questionnaire section that a plugin adds to the console, e.g. a contact block or an
 * inventory table. Implement it in a plugin JAR, annotate the class with {@code @org.pf4j.Extension},
 * and drop the JAR into the console's {@code plugins/} folder (see {@code plugins/README.md}).
 *
 * <p><b>Values.</b> The secretariat configures each section in the designer: the configuration is a
 * JSON value this type defines (see {@link #defaultConfiguration()}). Countries answer it: the answer
 * is a JSON value this type defines, in the format {@link #answerFormat()}. The console stores both
 * and hands them back; a section type never stores anything itself, and only ever sees the
 * configuration and answer of the section it is asked about.
 *
 * <p><b>Threads and failures.</b> Methods are called on the console's request threads, for many users
 * at once: implementations must be stateless (or thread-safe). Any exception thrown by a method is
 * caught by the console, which marks the plugin failed and shows the section as temporarily
 * unavailable; stored answers are never touched in that case.
 *
 * <p><b>Components.</b> Only the components of Vaadin's {@code vaadin-core} can be used: the console
 * cannot build new browser code. Set their ids with {@link SectionContext#id(String)} and their labels in
 * the reader's language ({@link SectionContext#text(Texts)}).
 *
 * <p><b>Versions.</b> This is version {@link PluginApi#version()} of the API. API 1.1 removed 1.0's
 * {@code readOnly(configuration, answer, context)}, which the console never called: a plugin JAR built
 * against 1.0 still loads (the method is simply not used); its source must drop the method to compile
 * against 1.1.
 */
public interface SectionType extends ExtensionPoint {

    /**
     * The id that templates use to name this section type, stable for ever: lower-case letters, digits,
     * {@code .}, {@code _} and {@code -} (e.g. {@code contact-details}).
     */
    String id();

    /**
     * The name shown to the secretariat in the designer, by language code ({@code en}, {@code fr},
     * {@code es}, {@code ar}, {@code ru}, {@code zh}); {@code en} is required and used where a language
     * is missing.
     */
    Map<String, String> displayNames();

    /**
     * The version of the answer format this implementation writes, starting at 1. Increase it when
     * the shape of answers changes, and implement {@link #migrateAnswer(JsonNode, int)}.
     */
    default int answerFormat() {
        return 1;
    }

    /**
     * Turns an answer stored in an older format into the current one. The console calls it once per
     * stored answer when a newer version of the plugin is installed, and stores the result.
     *
     * @param answer the answer as stored
     * @param fromFormat the format it was stored in, lower than {@link #answerFormat()}
     */
    default JsonNode migrateAnswer(JsonNode answer, int fromFormat) {
        throw new UnsupportedOperationException(id() + " cannot read answers of format " + fromFormat);
    }

    /** The configuration of a section newly added in the designer. */
    JsonNode defaultConfiguration();

    /**
     * What is wrong with a configuration; empty when it can be published. The designer shows these
     * messages, and publishing a version refuses a section with any.
     */
    List<Problem> checkConfiguration(JsonNode configuration);

    /**
     * The designer's editor of this section's configuration. It is on the same page as the section's
     * preview ({@link #fillIn}), with the same {@link SectionContext#key()}: give its parts other ids.
     */
    JsonInput configurationEditor(JsonNode configuration, SectionContext context);

    /**
     * The input a country user fills in, also used for the designer's live preview and to show an answer
     * that cannot be changed ({@link SectionContext#readOnly()}: a submitted response, the secretariat
     * reviewing it). The console sets the stored answer with {@link JsonInput#setValue(JsonNode)} and
     * saves each change it is told of. Print and exports use {@link #exportCells(JsonNode, JsonNode)}.
     */
    JsonInput fillIn(JsonNode configuration, SectionContext context);

    /**
     * What is wrong with an answer (e.g. an e-mail address that is not one), per field; empty when it
     * is fine. The console shows the messages beside the section and refuses to store an answer with any.
     * An incomplete answer is not wrong: see {@link #completion(JsonNode, JsonNode)}.
     *
     * @param answer the answer, {@code null} when there is none
     */
    List<Problem> validate(JsonNode configuration, JsonNode answer);

    /**
     * How many of the section's required parts are answered, counted into the response's completion
     * and checked on submission.
     *
     * @param answer the answer, {@code null} when there is none
     */
    Completion completion(JsonNode configuration, JsonNode answer);

    /** The columns this section adds to exports (XLSX, CSV), in order. */
    List<ExportColumn> exportColumns(JsonNode configuration);

    /**
     * An answer flattened into export cells by {@link ExportColumn#key()}; missing keys are empty cells.
     *
     * @param answer the answer, {@code null} when there is none
     */
    Map<String, String> exportCells(JsonNode configuration, JsonNode answer);
}

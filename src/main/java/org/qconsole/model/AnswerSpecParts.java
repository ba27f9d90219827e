package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts answer settings are made of: options (with their boxes), the rows and columns of grids and tables,
 * and the settings that take options from a shared list. {@link AnswerSpec} extends this interface only so that
 * these read as {@code AnswerSpec.Option}, {@code AnswerSpec.Column}... where the kinds use them; nothing
 * implements it. Imports name them here ({@code import org.qconsole.model.AnswerSpecParts.Option}).
 */
public interface AnswerSpecParts {

    /**
     * A choice the respondent can make; {@code value} is what is stored and exported. An {@code exclusive}
     * option of a multiple choice ("None", "Not applicable") is chosen alone: it clears and blocks the
     * others. An option of a single or multiple choice may have a box to {@code specify} in words when it is
     * chosen ("Yes, to some extent (please specify)"). Each is written to JSON only when set, so templates
     * without them read and write as before.
     */
    record Option(String value, LocalizedText label,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean exclusive,
            @JsonInclude(JsonInclude.Include.NON_NULL) Specify specify) {

        public Option(String value, LocalizedText label) {
            this(value, label, false, null);
        }

        public Option(String value, LocalizedText label, boolean exclusive) {
            this(value, label, exclusive, null);
        }

        /** This option, chosen alone or not. */
        public Option withExclusive(boolean chosenAlone) {
            return new Option(value, label, chosenAlone, specify);
        }

        /** This option with this box, or none ({@code null}). */
        public Option withSpecify(Specify box) {
            return new Option(value, label, exclusive, box);
        }
    }

    /**
     * The box beside an option, filled when the option is chosen; {@code label} is what the box asks (none:
     * "Please specify"); a {@code required} box must be filled for the question to be answered. A box takes
     * words, or a {@code number} with these settings ("a percentage against each option").
     */
    record Specify(@JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText label,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean required,
            @JsonInclude(JsonInclude.Include.NON_NULL) NumberBox number) {

        public Specify(LocalizedText label, boolean required) {
            this(label, required, null);
        }

        /** What a box asks when its settings name nothing. */
        public static final LocalizedText DEFAULT_LABEL = LocalizedText.en("Please specify");

        /** The label shown: the box's own, or "Please specify". */
        public LocalizedText shownLabel() {
            return label == null || label.isEmpty() ? DEFAULT_LABEL : label;
        }

        /** This box, required or not. */
        public Specify withRequired(boolean filled) {
            return new Specify(label, filled, number);
        }
    }

    /** The settings of a box that takes a number: whole or decimal, optional bounds and unit. */
    record NumberBox(@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean integer,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal min,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal max,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText unit) {

        /** The same settings as a number question has them, so a box checks and reads like one. */
        public AnswerSpec.NumberAnswer asAnswer() {
            return new AnswerSpec.NumberAnswer(integer, min, max, unit);
        }
    }

    /**
     * A fixed row of a grid; rows in a row that share a {@code group} are shown under its heading
     * ("Livestock": cattle, pigs).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String key, LocalizedText label, LocalizedText group) {
        public Row(String key, LocalizedText label) {
            this(key, label, null);
        }

        public Row withGroup(LocalizedText heading) {
            return new Row(key, label, heading);
        }
    }

    /**
     * A typed column of a grid or table; choice columns have options (their own or a shared list's). A number
     * column may have {@code number} settings (whole, bounds, unit), a text column a {@code maxLength}; a
     * {@code required} cell must be filled in every row for the question to count as answered. A number column
     * with {@code total} shows the sum of its cells under them as they are typed, and exports it. Neighbouring
     * columns sharing a {@code group} have it as a second header above theirs ("2022": men, women).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Column(String key, LocalizedText label, ColumnType type, List<Option> options,
            @JsonInclude(JsonInclude.Include.NON_NULL) String optionList,
            @JsonInclude(JsonInclude.Include.NON_NULL) NumberBox number,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxLength,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean required,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean total,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText group) implements Choice {
        public Column {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public Column(String key, LocalizedText label, ColumnType type, List<Option> options) {
            this(key, label, type, options, null, null, null, false, false, null);
        }

        public Column(String key, LocalizedText label, ColumnType type, List<Option> options, String optionList) {
            this(key, label, type, options, optionList, null, null, false, false, null);
        }

        public Column(String key, LocalizedText label, ColumnType type, List<Option> options, String optionList,
                NumberBox number, Integer maxLength, boolean required) {
            this(key, label, type, options, optionList, number, maxLength, required, false, null);
        }

        @Override
        public Column withOptions(List<Option> listed) {
            return new Column(key, label, type, listed, optionList, number, maxLength, required, total, group);
        }

        /** The same column with these cell settings (number settings, maximum length, required). */
        public Column withCellSettings(NumberBox numberSettings, Integer length, boolean filled) {
            return new Column(key, label, type, options, optionList, numberSettings, length, filled, total, group);
        }

        /** The same column, its cells' total shown under them (or not). */
        public Column withTotal(boolean totalled) {
            return new Column(key, label, type, options, optionList, number, maxLength, required, totalled, group);
        }

        /** The same column under this heading shared with its neighbours ({@code null}: none). */
        public Column withGroup(LocalizedText heading) {
            return new Column(key, label, type, options, optionList, number, maxLength, required, total, heading);
        }
    }

    /**
     * Settings whose options may come from one of the version's shared {@code optionLists}, named by
     * {@code optionList}: the template format writes the name only, the model holds the list's options too
     * (filled in by {@link TemplateDefinition}), so every kind reads its options as if written in place.
     */
    interface Choice {
        List<Option> options();

        /** The shared list the options come from; {@code null} when they are the question's own. */
        String optionList();

        /** The same settings with these options (those of the shared list). */
        Choice withOptions(List<Option> options);
    }

    enum ColumnType {
        @com.fasterxml.jackson.annotation.JsonProperty("checkbox") CHECKBOX,
        @com.fasterxml.jackson.annotation.JsonProperty("text") TEXT,
        @com.fasterxml.jackson.annotation.JsonProperty("number") NUMBER,
        @com.fasterxml.jackson.annotation.JsonProperty("choice") CHOICE,
        @com.fasterxml.jackson.annotation.JsonProperty("date") DATE,
        @com.fasterxml.jackson.annotation.JsonProperty("yesNo") YES_NO
    }

    enum Display {
        @com.fasterxml.jackson.annotation.JsonProperty("radio") RADIO,
        @com.fasterxml.jackson.annotation.JsonProperty("dropdown") DROPDOWN
    }
}

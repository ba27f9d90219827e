package org.qconsole.model;

/** How a number relates to another: this answer is less than, at most, equal to, at least, more than it. */
public enum Relation {
    @com.fasterxml.jackson.annotation.JsonProperty("lt") LT("less than"),
    @com.fasterxml.jackson.annotation.JsonProperty("le") LE("at most"),
    @com.fasterxml.jackson.annotation.JsonProperty("eq") EQ("equal to"),
    @com.fasterxml.jackson.annotation.JsonProperty("ge") GE("at least"),
    @com.fasterxml.jackson.annotation.JsonProperty("gt") GT("more than");

    private final String words;

    Relation(String words) {
        this.words = words;
    }

    /** "at most", "equal to"...: how the respondent reads it. */
    public String words() {
        return words;
    }

    /** The key of its words in the console's messages ({@code answer.relation.LE}...). */
    public String messageKey() {
        return "answer.relation." + name();
    }

    /** Whether a comparison's result ({@link Comparable#compareTo}) is this relation. */
    public boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case EQ -> comparison == 0;
            case GE -> comparison >= 0;
            case GT -> comparison > 0;
        };
    }
}

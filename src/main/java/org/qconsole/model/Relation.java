package org.qconsole.model;

/** How a number relates to another: this answer is less than, at most, equal to, at least, more than it. */
public enum Relation {
    @com.fasterxml.jackson.annotation.JsonProperty("lt") LT,
    @com.fasterxml.jackson.annotation.JsonProperty("le") LE,
    @com.fasterxml.jackson.annotation.JsonProperty("eq") EQ,
    @com.fasterxml.jackson.annotation.JsonProperty("ge") GE,
    @com.fasterxml.jackson.annotation.JsonProperty("gt") GT;

    /** The key of its words ("at most", "equal to"...) in the console's messages ({@code answer.relation.LE}...). */
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

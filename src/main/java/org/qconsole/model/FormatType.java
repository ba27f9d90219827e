package org.qconsole.model;

/** The formats a short text may have (see {@link TextFormat}). */
public enum FormatType {
    @com.fasterxml.jackson.annotation.JsonProperty("email") EMAIL,
    @com.fasterxml.jackson.annotation.JsonProperty("url") URL,
    @com.fasterxml.jackson.annotation.JsonProperty("phone") PHONE,
    @com.fasterxml.jackson.annotation.JsonProperty("pattern") PATTERN
}

package org.qconsole.model;

/**
 * A footnote: the marker as printed ({@code "4"}) and its rich text, usually with a link. The text it
 * belongs to carries the marker inline as {@code <sup>4</sup>}.
 */
public record Footnote(String marker, LocalizedText text) {
}

package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Explanatory text between questions ("Please elaborate as necessary."). Rich text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextBlock(String key, LocalizedText text, Condition visibleWhen) implements Item {
}

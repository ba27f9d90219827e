package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a section (or a question, for sub-questions) contains, in order. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Question.class, name = "question"),
    @JsonSubTypes.Type(value = TextBlock.class, name = "text")})
public sealed interface Item permits Question, TextBlock {

    /** Unique within the version; for questions also stable across versions (answers link to it). */
    String key();

    /** Shown only when this holds; {@code null} for always. */
    Condition visibleWhen();
}

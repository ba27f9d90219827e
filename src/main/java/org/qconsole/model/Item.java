package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

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

    /** As printed ("5", "1.a"); empty when unnumbered. */
    String number();

    /** The sub-questions and texts under this item, shown only while it is. */
    List<Item> items();
}

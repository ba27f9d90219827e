package org.qconsole.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The name of a kind of answer in the designer ("Yes / No"), on its {@link AnswerSpec} record. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KindLabel {
    String value();
}

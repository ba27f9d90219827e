package org.qconsole.common.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a page in the side navigation ({@code @Menu}) is for, in one phrase: the home page lists it after
 * the page's title. Beside {@code @Menu} on the view, so that a new page brings its own entry and
 * description and the shell never names a view.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuSummary {

    /**
     * The key of the phrase in the console's messages, {@code menu.<view class>.summary}; the phrase is lower
     * case without a final full stop, e.g. "questionnaire templates and their versions".
     */
    String value();
}

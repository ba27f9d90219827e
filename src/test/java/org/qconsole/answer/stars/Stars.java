package org.qconsole.answer.stars;

import org.qconsole.model.AnswerSpec;
import org.qconsole.model.KindLabel;

/**
 * A kind of answer that exists only in the tests: a rating of 1 to {@code max} stars, stored as a number. It
 * proves that adding a kind is its own classes plus their registration (the files in
 * {@code src/test/resources/META-INF/services}), with no other main file touched.
 */
@KindLabel("Stars")
public record Stars(int max) implements AnswerSpec.Custom {
}

package org.qconsole.common;

import org.qconsole.model.Language;

/**
 * A part of a text worded in the language of the text around it, when it is an argument of {@link Messages#text}:
 * a status ("submitted", "soumis"), a {@link Phrase}, a {@link Listed} run of them. A refusal keeps its parts so,
 * and is worded in whichever language the page that shows it speaks.
 */
public interface Worded {

    String in(Language language);
}

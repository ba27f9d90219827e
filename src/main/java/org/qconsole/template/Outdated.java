package org.qconsole.template;

import org.qconsole.template.translation.TextUnits;

/**
 * A translation whose English changed since it was made.
 *
 * @param unit the text as it is now: its English and its (outdated) translation
 * @param englishThen the English the translation was made from
 */
public record Outdated(TextUnits.Unit unit, String englishThen) {
}

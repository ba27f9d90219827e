package org.qconsole.country;

import java.util.Comparator;
import org.qconsole.common.Messages;
import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/**
 * A United Nations regional group, e.g. {@code WEOG} "Western European and other States", or {@link #NONE}.
 *
 * @param name the group's English name, as the reference data holds it; a page names the group in its own
 *     language ({@link #in(Language)})
 */
public record RegionalGroup(String code, String name) implements Worded {

    /** The group of a State in no regional group (Kiribati): a group of its own on dashboards. */
    public static final RegionalGroup NONE = new RegionalGroup("", "No regional group");

    /**
     * The United Nations' order of the groups (their codes sort as the reference data's order), then
     * {@link #NONE}: the same in every language.
     */
    public static final Comparator<RegionalGroup> UN_ORDER = Comparator.comparing((RegionalGroup g) -> g.equals(NONE))
            .thenComparing(RegionalGroup::code);

    /**
     * The group's name in a language, from the messages ({@code country.group.<code>}); the reference data's
     * English name for a group the messages do not know.
     */
    @Override
    public String in(Language language) {
        String key = code.isEmpty() ? "country.noGroup" : "country.group." + code;
        String worded = Messages.text(language, key);
        return worded.equals("!" + key) ? name : worded;
    }
}

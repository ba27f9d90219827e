package org.qconsole.template.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** Where every section and item of one version is, by key, in reading order (the first of a repeated key). */
final class Places {

    final Map<String, Placed> sections = new LinkedHashMap<>();
    final Map<String, Placed> items = new LinkedHashMap<>();

    Places(TemplateDefinition definition) {
        List<Section> all = definition.sections();
        for (int i = 0; i < all.size(); i++) {
            Section section = all.get(i);
            sections.putIfAbsent(section.key(), new Placed(section, "", "", i + 1));
            place(section.items(), "s:" + section.key(), numberOrKey(section.number(), section.key()));
        }
    }

    private void place(List<Item> children, String parent, String container) {
        for (int i = 0; i < children.size(); i++) {
            Item item = children.get(i);
            items.putIfAbsent(item.key(), new Placed(item, parent, container, i + 1));
            place(item.items(), (item instanceof Question ? "q:" : "t:") + item.key(),
                    numberOrKey(item.number(), item.key()));
        }
    }

    private static String numberOrKey(String number, String key) {
        return number == null || number.isBlank() ? key : number;
    }
}

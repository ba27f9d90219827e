package org.qconsole.template.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.qconsole.model.Footnote;
import org.qconsole.model.OptionList;
import org.qconsole.template.model.TemplateJson;

/**
 * Parts of a draft as the template format writes them, for {@link PartTranslations}: a part is written, a text in
 * it changed, and the part read back. Changing a text cannot make a part unreadable, hence the unchecked failure.
 */
final class PartJson {

    private PartJson() {
    }

    /** An object holding the part under its name in the format, e.g. {@code footnotes}. */
    static ObjectNode of(String name, Object part) {
        ObjectNode object = TemplateJson.mapper().createObjectNode();
        object.set(name, TemplateJson.mapper().valueToTree(part));
        return object;
    }

    /** An object holding the parts under their names in the format, e.g. {@code answer} and {@code footnotes}. */
    static ObjectNode of(String name, Object part, String otherName, Object otherPart) {
        ObjectNode object = of(name, part);
        object.set(otherName, TemplateJson.mapper().valueToTree(otherPart));
        return object;
    }

    static <T> T read(JsonNode node, Class<T> type) {
        return read(node, TemplateJson.mapper().readerFor(type));
    }

    static List<Footnote> footnotes(JsonNode node) {
        return read(node, TemplateJson.mapper().readerFor(new TypeReference<List<Footnote>>() { }));
    }

    static List<OptionList> optionLists(JsonNode node) {
        return read(node, TemplateJson.mapper().readerFor(new TypeReference<List<OptionList>>() { }));
    }

    private static <T> T read(JsonNode node, ObjectReader reader) {
        try {
            return reader.readValue(node);
        } catch (IOException e) {
            throw new IllegalStateException("A part with a changed text no longer reads", e);
        }
    }
}

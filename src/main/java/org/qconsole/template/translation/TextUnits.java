package org.qconsole.template.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateJson;

/**
 * Every text of a questionnaire version a translator translates, found in the version as the template format
 * writes it (docs/template-format.md): each object in it that holds only texts by language code is one text,
 * whatever part carries it (section, question, option, row, column, unit, message, a plugin's configuration).
 * A text is addressed by its path, naming each part by its key (or value, code, marker) rather than its
 * position, e.g. {@code sections.s1_general.items.q1_ict_used.answer.options.email.label}: adding a question
 * does not change the other texts' addresses. The path is a valid XLIFF unit id (an XML NMTOKEN): a character
 * other than a letter, digit, {@code _} or {@code -} in a name is written {@code :hhhh} (its UTF-16 code in hex).
 * Texts without English are nothing to translate from.
 */
public final class TextUnits {

    private static final Set<String> LANGUAGE_CODES = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> NAMING_FIELDS = List.of("key", "value", "code", "marker", "id");
    /** The words naming a list's element (a bundle key taking its name), "" for one named by its key alone. */
    private static final Map<String, String> PART_WORDS = Map.ofEntries(
            Map.entry("sections", "template.part.section"), Map.entry("items", ""),
            Map.entry("options", "template.part.option"), Map.entry("rows", "template.part.row"),
            Map.entry("columns", "template.part.column"), Map.entry("footnotes", "template.part.footnote"),
            Map.entry("optionLists", "template.part.optionList"), Map.entry("questions", "template.part.question"));

    /**
     * One text to translate.
     *
     * @param translation the text in the target language, empty when it has none
     */
    public record Unit(String id, String english, String translation, String note) {
    }

    /** One text of a part (a question's answer settings, a plugin's configuration...) in every language. */
    public record PartText(String id, LocalizedText text) {
    }

    private TextUnits() {
    }

    /**
     * The texts of one part of a version, as written in the template format, each in every language, addressed
     * relative to the part (e.g. {@code options.email.label}); options a choice takes from a shared list are the
     * list's, not the part's. Texts without English are left out, as in a translation file.
     */
    public static List<PartText> textsOf(JsonNode part) {
        List<PartText> found = new ArrayList<>();
        texts(TemplateJson.withoutListedOptions(part.deepCopy())).forEach((id, text) -> {
            Map<Language, String> values = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                values.put(language, text.path(language.code()).asText(""));
            }
            LocalizedText localized = new LocalizedText(values);
            if (!localized.english().isBlank()) {
                found.add(new PartText(id, localized));
            }
        });
        return found;
    }

    /**
     * A copy of the part with one text in one language (an empty text removes that language).
     *
     * @throws IllegalArgumentException when the id is not a text of the part
     */
    public static JsonNode withText(JsonNode part, String id, Language language, String text) {
        JsonNode copy = part.deepCopy();
        ObjectNode node = texts(copy).get(id);
        if (node == null) {
            throw new IllegalArgumentException("No text " + id);
        }
        if (text == null || text.isBlank()) {
            node.remove(language.code());
        } else {
            node.put(language.code(), text.strip());
        }
        return copy;
    }

    /** What a text is, in words of the language, from its path: e.g. "option email › label". */
    public static String where(String id, Language language) {
        List<String> words = new ArrayList<>();
        String[] segments = id.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String part = PART_WORDS.get(segments[i]);
            if (part != null && i + 1 < segments.length) {
                String name = decoded(segments[++i]);
                words.add(part.isEmpty() ? name : Messages.text(language, part, name));
            } else {
                words.add(decoded(segments[i]));
            }
        }
        return String.join(" › ", words);
    }

    /** A name as it was before {@link #join} encoded it. */
    private static String decoded(String segment) {
        StringBuilder name = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == ':' && i + 5 <= segment.length()) {
                name.append((char) Integer.parseInt(segment.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The version's texts, in document order, with their translation into {@code target} where there is one. */
    public static List<Unit> of(TemplateDefinition definition, Language target) {
        List<Unit> units = new ArrayList<>();
        texts(tree(definition)).forEach((id, text) -> {
            String english = text.path(Language.EN.code()).asText("");
            if (!english.isBlank()) {
                units.add(new Unit(id, english, text.path(target.code()).asText(""), note(id, english)));
            }
        });
        return units;
    }

    /**
     * The version with these texts in {@code target} (an empty text removes the translation).
     *
     * @throws IllegalArgumentException when an id is not a text of the version
     */
    public static TemplateDefinition withTranslations(TemplateDefinition definition, Language target,
            Map<String, String> translations) {
        JsonNode tree = tree(definition);
        Map<String, ObjectNode> texts = texts(tree);
        translations.forEach((id, text) -> {
            ObjectNode node = texts.get(id);
            if (node == null) {
                throw new IllegalArgumentException("No text " + id);
            }
            if (text.isBlank()) {
                node.remove(target.code());
            } else {
                node.put(target.code(), text);
            }
        });
        try {
            return TemplateJson.readDefinition(tree.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A version with translated texts no longer reads", e);
        }
    }

    private static JsonNode tree(TemplateDefinition definition) {
        try {
            return TemplateJson.mapper().readTree(TemplateJson.write(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A version does not read back", e);
        }
    }

    private static Map<String, ObjectNode> texts(JsonNode tree) {
        Map<String, ObjectNode> texts = new LinkedHashMap<>();
        walk(tree, "", texts);
        return texts;
    }

    private static void walk(JsonNode node, String path, Map<String, ObjectNode> texts) {
        if (node instanceof ObjectNode object && isText(object)) {
            texts.putIfAbsent(path, object);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), join(path, field.getKey()), texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), join(path, name(node.get(i), i)), texts);
            }
        }
    }

    private static boolean isText(ObjectNode object) {
        if (object.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!LANGUAGE_CODES.contains(field.getKey()) || !field.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** An element of a list by its key, value, code or marker; by its position when it has none. */
    private static String name(JsonNode element, int index) {
        for (String field : NAMING_FIELDS) {
            JsonNode name = element.path(field);
            if (name.isTextual() && !name.asText().isBlank()) {
                return name.asText();
            }
        }
        return String.valueOf(index + 1);
    }

    private static String join(String path, String segment) {
        StringBuilder encoded = new StringBuilder(segment.length());
        for (char c : segment.toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                encoded.append(c);
            } else {
                encoded.append(':').append(String.format("%04x", (int) c));
            }
        }
        return path.isEmpty() ? encoded.toString() : path + "." + encoded;
    }

    /** What the text is, for the translator: the parts that hold it, and whether it carries markup to keep. */
    static String note(String id, String english) {
        String where = where(id, Language.EN);
        return english.contains("<") && english.contains(">")
                ? where + ". Formatted text: keep its tags (<p>, <b>, <a href=...>) around the translated words."
                : where + ".";
    }
}

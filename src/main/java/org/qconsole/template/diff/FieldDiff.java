package org.qconsole.template.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.template.model.TemplateJson;

/** Collects the properties that differ between two versions of one thing, each in a readable form. */
final class FieldDiff {

    private static final ObjectWriter JSON = TemplateJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final List<FieldChange> changes = new ArrayList<>();

    /** Texts in several languages: one change per language whose text differs. */
    FieldDiff text(String field, LocalizedText a, LocalizedText b) {
        for (Language language : Language.values()) {
            add(field, language, valueIn(a, language), valueIn(b, language));
        }
        return this;
    }

    /** A single value; blank counts as absent. */
    FieldDiff plain(String field, String a, String b) {
        add(field, null, blankToNull(a), blankToNull(b));
        return this;
    }

    /** Compared by their JSON, which is also what is shown; {@code null} and empty lists are absent. */
    FieldDiff json(String field, Object a, Object b) {
        add(field, null, json(a), json(b));
        return this;
    }

    boolean has(String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }

    List<FieldChange> list() {
        return List.copyOf(changes);
    }

    private void add(String field, Language language, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, language, before, after));
        }
    }

    private static String valueIn(LocalizedText text, Language language) {
        return text == null ? null : text.values().get(language);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String json(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A template part could not be written as JSON", e);
        }
    }
}

package org.qconsole.plugins.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.api.SectionType;
import org.qconsole.plugin.api.Texts;

/**
 * The national focal point's contact: name, title, authority, e-mail, phone and preferred UN language.
 * Configuration: {@code {"required": ["name", "email"]}}, the fields that must be filled in. Answer:
 * {@code {"name": "...", "title": "...", "authority": "...", "email": "...", "phone": "...",
 * "language": "fr"}}.
 */
@Extension
public class ContactDetailsSection implements SectionType {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The fields by answer key, in English (messages and export headers are English). */
    static final Map<String, String> FIELDS = english(ContactTexts.FIELDS);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    @Override
    public String id() {
        return "contact-details";
    }

    @Override
    public Map<String, String> displayNames() {
        return ContactTexts.NAME.byLanguage();
    }

    @Override
    public JsonNode defaultConfiguration() {
        ObjectNode configuration = JSON.objectNode();
        configuration.putArray("required").add("name").add("authority").add("email");
        return configuration;
    }

    @Override
    public List<Problem> checkConfiguration(JsonNode configuration) {
        List<Problem> problems = new ArrayList<>();
        if (configuration == null || !configuration.path("required").isArray()) {
            problems.add(new Problem("required", "List the fields that must be filled in."));
            return problems;
        }
        for (JsonNode field : configuration.get("required")) {
            if (!FIELDS.containsKey(field.asText())) {
                problems.add(new Problem("required", "There is no field \"" + field.asText() + "\"."));
            }
        }
        return problems;
    }

    @Override
    public JsonInput configurationEditor(JsonNode configuration, SectionContext context) {
        return new RequiredFieldsEditor(configuration, context);
    }

    @Override
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new ContactForm(required(configuration), context);
    }

    @Override
    public List<Problem> validate(JsonNode configuration, JsonNode answer) {
        List<Problem> problems = new ArrayList<>();
        if (answer == null || answer.isNull()) {
            return problems;
        }
        if (!answer.isObject()) {
            problems.add(new Problem("", "The contact details cannot be read."));
            return problems;
        }
        answer.fieldNames().forEachRemaining(key -> {
            if (!FIELDS.containsKey(key)) {
                problems.add(new Problem(key, "There is no field \"" + key + "\"."));
            } else if (!answer.get(key).isTextual() || answer.get(key).asText().length() > 300) {
                problems.add(new Problem(key, FIELDS.get(key) + ": enter at most 300 characters of text."));
            }
        });
        String email = text(answer, "email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", "Enter an e-mail address such as name@ministry.gov."));
        }
        String phone = text(answer, "phone");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem("phone", "Enter a phone number with digits, spaces and an optional +."));
        }
        String language = text(answer, "language");
        if (!language.isEmpty() && !ContactTexts.LANGUAGES.containsKey(language)) {
            problems.add(new Problem("language", "Choose one of the six UN languages."));
        }
        return problems;
    }

    @Override
    public Completion completion(JsonNode configuration, JsonNode answer) {
        Set<String> required = required(configuration);
        int answered = (int) required.stream().filter(key -> !text(answer, key).isEmpty()).count();
        return new Completion(answered, required.size());
    }

    @Override
    public List<ExportColumn> exportColumns(JsonNode configuration) {
        List<ExportColumn> columns = new ArrayList<>();
        FIELDS.forEach((key, label) -> columns.add(new ExportColumn(key, label)));
        return columns;
    }

    @Override
    public Map<String, String> exportCells(JsonNode configuration, JsonNode answer) {
        Map<String, String> cells = new LinkedHashMap<>();
        FIELDS.keySet().forEach(key -> cells.put(key, text(answer, key)));
        return cells;
    }

    static Set<String> required(JsonNode configuration) {
        Set<String> required = new LinkedHashSet<>();
        if (configuration != null) {
            configuration.path("required").forEach(f -> {
                if (FIELDS.containsKey(f.asText())) {
                    required.add(f.asText());
                }
            });
        }
        return required;
    }

    static String text(JsonNode answer, String key) {
        return answer == null || !answer.path(key).isTextual() ? "" : answer.get(key).asText().trim();
    }

    private static Map<String, String> english(Map<String, Texts> texts) {
        Map<String, String> english = new LinkedHashMap<>();
        texts.forEach((key, text) -> english.put(key, text.en()));
        return english;
    }

    /** The designer's choice of required fields (id {@code <section key>-required-fields}). */
    private static final class RequiredFieldsEditor extends AbstractJsonInput {
        private final CheckboxGroup<String> group;

        RequiredFieldsEditor(JsonNode configuration, SectionContext context) {
            super(context);
            group = field("required-fields", new CheckboxGroup<>(context.text(ContactTexts.REQUIRED)));
            group.setItems(FIELDS.keySet());
            group.setItemLabelGenerator(key -> context.text(ContactTexts.FIELDS.get(key)));
            setValue(configuration);
        }

        @Override
        public Component component() {
            return group;
        }

        @Override
        public JsonNode value() {
            ObjectNode configuration = JSON.objectNode();
            ArrayNode required = configuration.putArray("required");
            FIELDS.keySet().stream().filter(group.getValue()::contains).forEach(required::add);
            return configuration;
        }

        @Override
        protected void show(JsonNode value) {
            group.setValue(required(value));
        }
    }
}

package org.qconsole.plugins.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.api.SectionType;

/**
 * The national focal point's contact: name, title, authority, e-mail, phone and preferred UN language.
 * Configuration: {@code {"required": ["name", "email"]}}, the fields that must be filled in. Answer:
 * {@code {"name": "...", "title": "...", "authority": "...", "email": "...", "phone": "...",
 * "language": "fr"}}.
 */
@Extension
public class ContactDetailsSection implements SectionType {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Map<String, String> FIELDS = fields();
    static final Map<String, String> LANGUAGES = languages();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    @Override
    public String id() {
        return "contact-details";
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("en", "Contact details of the focal point", "fr", "Coordonnées du point focal",
                "es", "Datos de contacto del punto focal");
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
        return new RequiredFieldsEditor(configuration);
    }

    @Override
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new ContactForm(required(configuration));
    }

    @Override
    public Component readOnly(JsonNode configuration, JsonNode answer, SectionContext context) {
        Div view = new Div();
        view.addClassName("contact-details");
        FIELDS.forEach((key, label) -> {
            String value = text(answer, key);
            if (!value.isEmpty()) {
                Div line = new Div();
                line.setText(label + ": " + ("language".equals(key) ? LANGUAGES.getOrDefault(value, value) : value));
                view.add(line);
            }
        });
        return view;
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
        if (!language.isEmpty() && !LANGUAGES.containsKey(language)) {
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

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Name");
        fields.put("title", "Title or function");
        fields.put("authority", "Authority");
        fields.put("email", "E-mail");
        fields.put("phone", "Phone");
        fields.put("language", "Preferred UN language");
        return fields;
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("fr", "French");
        languages.put("es", "Spanish");
        languages.put("ar", "Arabic");
        languages.put("ru", "Russian");
        languages.put("zh", "Chinese");
        return languages;
    }

    /** The designer's choice of required fields. */
    private static final class RequiredFieldsEditor implements JsonInput {
        private final CheckboxGroup<String> group = new CheckboxGroup<>("Fields the country must fill in");
        private final List<Runnable> listeners = new ArrayList<>();

        RequiredFieldsEditor(JsonNode configuration) {
            group.setItems(FIELDS.keySet());
            group.setItemLabelGenerator(FIELDS::get);
            group.setId("contact-details-required");
            setValue(configuration);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listeners.forEach(Runnable::run);
                }
            });
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
        public void setValue(JsonNode value) {
            group.setValue(required(value));
        }

        @Override
        public void addChangeListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
        }
    }
}

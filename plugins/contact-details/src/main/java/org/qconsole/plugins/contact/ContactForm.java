package org.qconsole.plugins.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qconsole.plugin.api.JsonInput;

/** The contact form a country fills in. */
final class ContactForm implements JsonInput {

    private final FormLayout form = new FormLayout();
    private final Map<String, TextField> texts = new LinkedHashMap<>();
    private final EmailField email = new EmailField("E-mail");
    private final Select<String> language = new Select<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean setting;

    ContactForm(Set<String> required) {
        form.addClassName("contact-details-form");
        for (String key : List.of("name", "title", "authority", "phone")) {
            TextField field = new TextField(ContactDetailsSection.FIELDS.get(key));
            field.setId("contact-" + key);
            field.setMaxLength(300);
            field.setRequiredIndicatorVisible(required.contains(key));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed());
            texts.put(key, field);
        }
        email.setId("contact-email");
        email.setRequiredIndicatorVisible(required.contains("email"));
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.addValueChangeListener(e -> changed());
        language.setLabel(ContactDetailsSection.FIELDS.get("language"));
        language.setId("contact-language");
        language.setItems(ContactDetailsSection.LANGUAGES.keySet());
        language.setItemLabelGenerator(code -> code == null ? "" : ContactDetailsSection.LANGUAGES.get(code));
        language.setEmptySelectionAllowed(true);
        language.setRequiredIndicatorVisible(required.contains("language"));
        language.addValueChangeListener(e -> changed());
        form.add(texts.get("name"), texts.get("title"), texts.get("authority"), email, texts.get("phone"), language);
    }

    private void changed() {
        if (!setting) {
            listeners.forEach(Runnable::run);
        }
    }

    @Override
    public Component component() {
        return form;
    }

    @Override
    public JsonNode value() {
        ObjectNode answer = ContactDetailsSection.JSON.objectNode();
        texts.forEach((key, field) -> put(answer, key, field.getValue()));
        put(answer, "email", email.getValue());
        put(answer, "language", language.getValue());
        return answer.isEmpty() ? null : answer;
    }

    private static void put(ObjectNode answer, String key, String value) {
        if (value != null && !value.isBlank()) {
            answer.put(key, value.trim());
        }
    }

    @Override
    public void setValue(JsonNode value) {
        setting = true;
        try {
            texts.forEach((key, field) -> field.setValue(ContactDetailsSection.text(value, key)));
            email.setValue(ContactDetailsSection.text(value, "email"));
            String code = ContactDetailsSection.text(value, "language");
            language.setValue(ContactDetailsSection.LANGUAGES.containsKey(code) ? code : null);
        } finally {
            setting = false;
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        texts.values().forEach(field -> field.setReadOnly(readOnly));
        email.setReadOnly(readOnly);
        language.setReadOnly(readOnly);
    }
}

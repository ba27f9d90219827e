package org.qconsole.plugins.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.SectionContext;

/** The contact form a country fills in; ids {@code <section key>-name}, {@code -email}, {@code -language}, .... */
final class ContactForm extends AbstractJsonInput {

    private final FormLayout form = new FormLayout();
    private final Map<String, TextField> texts = new LinkedHashMap<>();
    private final EmailField email;
    private final Select<String> language;

    ContactForm(Set<String> required, SectionContext context) {
        super(context);
        form.addClassName("contact-details-form");
        for (String key : List.of("name", "title", "authority", "phone")) {
            TextField field = field(key, new TextField(label(key)));
            field.setMaxLength(300);
            field.setRequiredIndicatorVisible(required.contains(key));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            texts.put(key, field);
        }
        email = field("email", new EmailField(label("email")));
        email.setRequiredIndicatorVisible(required.contains("email"));
        email.setValueChangeMode(ValueChangeMode.LAZY);
        language = field("language", new Select<>());
        language.setLabel(label("language"));
        language.setItems(ContactTexts.LANGUAGES.keySet());
        language.setItemLabelGenerator(code -> code == null ? "" : context.text(ContactTexts.LANGUAGES.get(code)));
        language.setEmptySelectionAllowed(true);
        language.setRequiredIndicatorVisible(required.contains("language"));
        form.add(texts.get("name"), texts.get("title"), texts.get("authority"), email, texts.get("phone"), language);
    }

    private String label(String key) {
        return context().text(ContactTexts.FIELDS.get(key));
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
    protected void show(JsonNode value) {
        texts.forEach((key, field) -> field.setValue(ContactDetailsSection.text(value, key)));
        email.setValue(ContactDetailsSection.text(value, "email"));
        String code = ContactDetailsSection.text(value, "language");
        language.setValue(ContactTexts.LANGUAGES.containsKey(code) ? code : null);
    }
}

package org.qconsole.template.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * Edits a text in the six languages: a tab per language ("English *" first, English being required)
 * over one input per language, of which the selected tab's is shown. The input of language {@code xx}
 * has the id {@code idPrefix + "-xx"} (e.g. {@code item-text-en}), its tab {@code idPrefix + "-tab-xx"}.
 * Rich (multi-line) texts use text areas; the console sanitizes their HTML when it saves them.
 */
public class LocalizedTextEditor extends CustomField<LocalizedText> {

    private static final int LAZY_TIMEOUT_MS = 400;

    private final Map<Language, TextFieldBase<?, String>> inputs = new EnumMap<>(Language.class);
    private final Map<Tab, Language> tabLanguages = new java.util.HashMap<>();
    private final Tabs tabs = new Tabs();
    private final List<Consumer<LocalizedText>> editListeners = new ArrayList<>();

    public LocalizedTextEditor(String label, String idPrefix, boolean multiLine) {
        super(LocalizedText.EMPTY);
        setLabel(label);
        setId(idPrefix);
        setWidthFull();
        if (multiLine) {
            setHelperText(getTranslation("template.field.richTextHelp"));
        }
        tabs.setId(idPrefix + "-tabs");
        Div inputBox = new Div();
        inputBox.setWidthFull();
        for (Language language : Language.values()) {
            Tab tab = new Tab(language == Language.EN ? language.nativeName() + " *" : language.nativeName());
            tab.setId(idPrefix + "-tab-" + language.code());
            tabs.add(tab);
            tabLanguages.put(tab, language);
            TextFieldBase<?, String> input = multiLine ? new TextArea() : new TextField();
            input.setId(idPrefix + "-" + language.code());
            input.setWidthFull();
            input.setAriaLabel((label == null ? "" : label + " ") + "(" + language.nativeName() + ")");
            input.getElement().setAttribute("lang", language.code());
            input.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            input.setValueChangeMode(ValueChangeMode.LAZY);
            input.setValueChangeTimeout(LAZY_TIMEOUT_MS);
            input.setVisible(language == Language.EN);
            input.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    edited();
                }
            });
            inputs.put(language, input);
            inputBox.add(input);
        }
        tabs.addSelectedChangeListener(event -> showLanguage(tabLanguages.get(event.getSelectedTab())));
        add(tabs, inputBox);
    }

    /** The text as entered; never {@code null} ({@link LocalizedText#EMPTY} when nothing is). */
    @Override
    public LocalizedText getValue() {
        LocalizedText value = super.getValue();
        return value == null ? LocalizedText.EMPTY : value;
    }

    /** Shows the text ({@code null} empties every language); does not call the edit listeners. */
    @Override
    public void setValue(LocalizedText value) {
        super.setValue(value == null ? LocalizedText.EMPTY : value);
    }

    /** Called with the new text after each edit by the user (not on {@link #setValue}). */
    public Registration addEditListener(Consumer<LocalizedText> listener) {
        editListeners.add(listener);
        return () -> editListeners.remove(listener);
    }

    /** Shows the input of this language and selects its tab. */
    public void showLanguage(Language language) {
        if (language == null) {
            return;
        }
        inputs.forEach((l, input) -> input.setVisible(l == language));
        tabLanguages.forEach((tab, l) -> {
            if (l == language && tabs.getSelectedTab() != tab) {
                tabs.setSelectedTab(tab);
            }
        });
    }

    /** The input of one language, e.g. to focus it. */
    public TextFieldBase<?, String> input(Language language) {
        return inputs.get(language);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        inputs.values().forEach(input -> input.setReadOnly(readOnly));
    }

    @Override
    protected LocalizedText generateModelValue() {
        Map<Language, String> values = new EnumMap<>(Language.class);
        inputs.forEach((language, input) -> values.put(language, input.getValue()));
        return new LocalizedText(values);
    }

    @Override
    protected void setPresentationValue(LocalizedText value) {
        LocalizedText text = value == null ? LocalizedText.EMPTY : value;
        inputs.forEach((language, input) -> input.setValue(text.values().getOrDefault(language, "")));
    }

    private void edited() {
        updateValue();
        LocalizedText value = getValue();
        List.copyOf(editListeners).forEach(listener -> listener.accept(value));
    }
}

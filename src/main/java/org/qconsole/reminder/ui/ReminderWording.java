package org.qconsole.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qconsole.model.Language;
import org.qconsole.reminder.ReminderSettings;
import org.qconsole.reminder.ReminderText;

/**
 * A reminder's subject and text in the six languages, a tab each: each focal point receives the one of their
 * language. Each language says whether it is the console's wording or the secretariat's, and can go back to the
 * console's. Ids: {@code reminder-tab-xx}, {@code reminder-subject-xx}, {@code reminder-body-xx},
 * {@code reminder-wording-xx} and {@code reminder-consoles-xx} for language {@code xx}.
 */
class ReminderWording extends VerticalLayout {

    private final Map<Language, TextField> subjects = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> bodies = new EnumMap<>(Language.class);
    private final Map<Language, Span> wordings = new EnumMap<>(Language.class);
    private final Map<Language, VerticalLayout> panels = new EnumMap<>(Language.class);

    ReminderWording(ReminderSettings settings) {
        setPadding(false);
        Tabs tabs = new Tabs();
        tabs.setId("reminder-tabs");
        Div panelBox = new Div();
        panelBox.setWidthFull();
        Map<Tab, Language> tabLanguages = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            Tab tab = new Tab(language.nativeName());
            tab.setId("reminder-tab-" + language.code());
            tab.getElement().setAttribute("lang", language.code());
            tabs.add(tab);
            tabLanguages.put(tab, language);
            VerticalLayout panel = panel(language, settings.text(language));
            panel.setVisible(language == Language.EN);
            panels.put(language, panel);
            panelBox.add(panel);
        }
        tabs.addSelectedChangeListener(e -> show(tabLanguages.get(e.getSelectedTab())));
        add(tabs, panelBox);
    }

    /** The wording as typed, in every language. */
    List<ReminderText> texts() {
        return java.util.Arrays.stream(Language.values())
                .map(l -> new ReminderText(l, subjects.get(l).getValue(), bodies.get(l).getValue())).toList();
    }

    /** Shows the wording as saved (trimmed, and whose it is). */
    void showSaved(ReminderSettings saved) {
        for (Language language : Language.values()) {
            fill(saved.text(language));
        }
    }

    private void show(Language language) {
        panels.forEach((l, panel) -> panel.setVisible(l == language));
    }

    private VerticalLayout panel(Language language, ReminderText text) {
        String name = " (" + language.nativeName() + ")";
        TextField subject = new TextField(getTranslation("reminder.subject"));
        subject.setId("reminder-subject-" + language.code());
        subject.setAriaLabel(getTranslation("reminder.subject") + name);
        subject.setWidthFull();
        TextArea body = new TextArea(getTranslation("reminder.body"));
        body.setId("reminder-body-" + language.code());
        body.setAriaLabel(getTranslation("reminder.body") + name);
        body.setWidthFull();
        body.setMinHeight("14em");
        for (var field : List.of(subject.getElement(), body.getElement())) {
            field.setAttribute("lang", language.code());
            field.setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        }
        Span wording = new Span();
        wording.setId("reminder-wording-" + language.code());
        Button consoles = new Button(getTranslation("reminder.useConsoles"), e -> fill(ReminderText.consoles(language)));
        consoles.setId("reminder-consoles-" + language.code());
        consoles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        subjects.put(language, subject);
        bodies.put(language, body);
        wordings.put(language, wording);
        fill(text);
        HorizontalLayout whose = new HorizontalLayout(wording, consoles);
        whose.setAlignItems(Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(subject, body, whose);
        panel.setPadding(false);
        return panel;
    }

    private void fill(ReminderText text) {
        subjects.get(text.language()).setValue(text.subject());
        bodies.get(text.language()).setValue(text.body());
        wordings.get(text.language()).setText(getTranslation(text.isConsoles() ? "reminder.wording.consoles"
                : "reminder.wording.own"));
    }
}

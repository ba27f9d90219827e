package org.qconsole.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.reminder.ReminderService;
import org.qconsole.reminder.ReminderSettings;
import org.qconsole.reminder.ReminderText;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat words the reminders in each language on the reminder settings, or keeps the console's wording. */
class ReminderSettingsViewTest extends ViewTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    org.qconsole.identity.ConsoleOidcUserService users;

    private ReminderSettings before;

    @BeforeEach
    void openTheSettings() {
        signInAs("secretariat");
        before = reminders.settings();
        UI.getCurrent().navigate(ReminderSettingsView.class);
    }

    @AfterEach
    void putTheWordingBack() {
        SignIn.as(users, "secretariat");
        reminders.saveSettings(before.daysBeforeText(), before.overdueEveryDays(), before.texts().values());
    }

    @Test
    void aFrenchWordingIsSavedAndTheConsolesWordingComesBackAtAClick() {
        Tabs tabs = _get(Tabs.class, s -> s.withId("reminder-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("reminder-tab-fr")));
        TextField subject = _get(TextField.class, s -> s.withId("reminder-subject-fr"));
        assertThat(subject.isVisible()).isTrue();
        assertThat(_find(TextField.class, s -> s.withId("reminder-subject-en"))).as("other languages hidden").isEmpty();
        assertThat(subject.getValue()).isEqualTo(ReminderText.consoles(Language.FR).subject());
        assertThat(subject.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(wording("fr")).isEqualTo("The console's wording in this language.");

        _setValue(subject, "Rappel amical : {campaign}");
        _click(_get(Button.class, s -> s.withId("reminder-save")));

        assertThat(status()).isEqualTo("Saved.");
        assertThat(wording("fr")).isEqualTo("The secretariat's own wording.");
        assertThat(reminders.settings().text(Language.FR).subject()).isEqualTo("Rappel amical : {campaign}");
        assertThat(reminders.settings().text(Language.ES)).isEqualTo(before.text(Language.ES));

        _click(_get(Button.class, s -> s.withId("reminder-consoles-fr")));
        assertThat(subject.getValue()).isEqualTo(ReminderText.consoles(Language.FR).subject());
        _click(_get(Button.class, s -> s.withId("reminder-save")));
        assertThat(reminders.settings().text(Language.FR).isConsoles()).isTrue();
        assertThat(wording("fr")).isEqualTo("The console's wording in this language.");
    }

    @Test
    void aMisspeltPlaceholderIsRefusedInThePagesLanguageNamingTheLanguageOfTheText() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ReminderSettingsView.class);
        _get(Tabs.class, s -> s.withId("reminder-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("reminder-tab-ar")));
        assertThat(_get(TextArea.class, s -> s.withId("reminder-body-ar")).getElement().getAttribute("dir"))
                .isEqualTo("rtl");
        _get(Tabs.class, s -> s.withId("reminder-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("reminder-tab-es")));
        _setValue(_get(TextArea.class, s -> s.withId("reminder-body-es")), "Estimado {nombre}");
        _click(_get(Button.class, s -> s.withId("reminder-save")));

        assertThat(status()).startsWith("Le texte en espagnol utilise {nombre}, que la console ne sait pas remplir.");
        assertThat(reminders.settings()).as("nothing saved").isEqualTo(before);
    }

    private static String wording(String language) {
        return _get(Span.class, s -> s.withId("reminder-wording-" + language)).getText();
    }

    private static String status() {
        return _get(Paragraph.class, s -> s.withId("reminder-status")).getText();
    }
}

package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Predicate;
import org.qconsole.model.Language;

/** The language questionnaires are shown in: chosen for the session, else the browser's (English fallback). */
final class QuestionnaireLanguage {

    private static final String ATTRIBUTE = "qc.questionnaire-language";

    private QuestionnaireLanguage() {
    }

    static Language current() {
        Object chosen = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        return chosen instanceof Language l ? l : Language.of(UI.getCurrent().getLocale());
    }

    /**
     * The switch between the six languages.
     *
     * @param switchTo shows the questionnaire in the chosen language; returns false when it cannot now
     */
    static Select<Language> select(Predicate<Language> switchTo) {
        Select<Language> select = new Select<>();
        select.setId("response-language");
        select.setAriaLabel(select.getTranslation("response.questionnaireLanguage"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setValue(current());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !switchTo.test(e.getValue())) {
                select.setValue(e.getOldValue());
            }
        });
        return select;
    }

    static void choose(Language language) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, language);
    }
}

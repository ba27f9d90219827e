package org.qconsole.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.qconsole.identity.LanguagePreferences;
import org.qconsole.model.Language;
import org.springframework.stereotype.Component;

/**
 * The language each page of the console speaks: the user's own choice in the console (the switch in the top
 * bar, remembered for them), else the language they chose on Keycloak's sign-in page (the {@code locale}
 * claim), else the browser's ({@code Accept-Language}, matched by Vaadin against the six), else English. The document gets its {@code lang}, and {@code dir="rtl"}
 * for Arabic, so the whole console (navigation, grids, dialogs) runs right to left.
 */
@Component
class ConsoleLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = "qc.console-language";

    private final transient LanguagePreferences preferences;

    ConsoleLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** Remembers the user's choice (for them, and in this session at once) and shows the page in it. */
    void choose(Language language) {
        preferences.choose(language);
        VaadinSession.getCurrent().setAttribute(CHOSEN, language.code());
        UI.getCurrent().getPage().reload();
    }

    private void apply(UI ui) {
        Language language = asked(ui.getSession()).orElse(Language.of(ui.getLocale()));
        ui.setLocale(Locale.forLanguageTag(language.code()));
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    /**
     * What the user asked for, read once a session (every page would ask the database otherwise): the session
     * holds its code, or an empty text when they asked for none.
     */
    private Optional<Language> asked(VaadinSession session) {
        Object known = session.getAttribute(CHOSEN);
        String code = known instanceof String remembered ? remembered
                : preferences.mine().map(Language::code).orElse("");
        session.setAttribute(CHOSEN, code);
        return Language.find(code);
    }
}

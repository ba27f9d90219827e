package org.qconsole.identity;

import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.qconsole.identity.repository.PreferenceRepository;
import org.qconsole.model.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a signed-in user asked the console to speak: their own choice, remembered across sessions and
 * devices, else the one they chose on the sign-in page. Each user reads and changes only their own.
 */
@Service
@Transactional
public class LanguagePreferences {

    private final PreferenceRepository preferences;
    private final CurrentUserService currentUsers;

    LanguagePreferences(PreferenceRepository preferences, CurrentUserService currentUsers) {
        this.preferences = preferences;
        this.currentUsers = currentUsers;
    }

    /** The signed-in user's language, if they chose one here or on the sign-in page; empty when anonymous. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Language> mine() {
        return currentUsers.current().flatMap(user -> preferences.language(user.username()))
                .or(currentUsers::language);
    }

    /** Remembers the signed-in user's choice. */
    @PermitAll
    public void choose(Language language) {
        preferences.chooseLanguage(currentUsers.require().username(), language);
    }
}

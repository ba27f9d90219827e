package org.qconsole.reminder;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.identity.CountryDirectory;
import org.qconsole.identity.DirectoryUser;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.reminder.repository.ReminderRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contributors of a State a focal point can give work to: those the identity provider lists (whether or not
 * they ever signed in) and those who signed in (when the directory is off or has not answered yet), once each.
 */
@Service
public class Colleagues {

    /** A contributor of a State, by the username they sign in with. */
    public record Colleague(String username, String displayName) {
    }

    private final CountryDirectory directory;
    private final ReminderRepository users;

    Colleagues(CountryDirectory directory, ReminderRepository users) {
        this.directory = directory;
        this.users = users;
    }

    /** The contributors of {@code country}, by name; only for the State's own focal point (and the secretariat). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT})
    @Transactional(readOnly = true)
    public List<Colleague> contributorsOf(String country) {
        Map<String, Colleague> byUsername = new LinkedHashMap<>();
        for (DirectoryUser user : directory.usersOf(country)) { // refuses another State's focal point
            if (user.roles().contains(Role.COUNTRY_CONTRIBUTOR) && !user.isFocalPoint()) {
                byUsername.put(user.username(), new Colleague(user.username(), user.displayName()));
            }
        }
        users.contributors(country).forEach(known -> byUsername.putIfAbsent(known.username(),
                new Colleague(known.username(), known.displayName())));
        List<Colleague> all = new ArrayList<>(byUsername.values());
        all.sort(Comparator.comparing(Colleague::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Colleague::username));
        return List.copyOf(all);
    }
}

package org.qconsole.country;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.country.repository.MemberStateRepository;
import org.qconsole.identity.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 193 United Nations member States and their regional groups.
 *
 * <p>Reference data changes only through migrations, so it is read once and kept in memory.
 */
@Service
public class MemberStateService {

    private final MemberStateRepository repository;
    private volatile Directory directory;

    public MemberStateService(MemberStateRepository repository) {
        this.repository = repository;
    }

    private record Directory(List<MemberState> states, Map<String, MemberState> byAlpha3, List<RegionalGroup> groups) {
    }

    /** All member States by name: for the secretariat and managers. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<MemberState> findAll() {
        return directory().states();
    }

    /** The five regional groups in the UN's order: for the secretariat and managers. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<RegionalGroup> findAllGroups() {
        return directory().groups();
    }

    /**
     * One State by its alpha-3 code. Open to everyone because it is used while a user signs in,
     * before any role is known, to check the country their account names; it reveals only public
     * reference data.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MemberState> findByAlpha3(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(directory().byAlpha3().get(alpha3));
    }

    private Directory directory() {
        Directory current = directory;
        if (current == null) {
            List<MemberState> states = repository.findAll();
            current = new Directory(List.copyOf(states),
                    states.stream().collect(Collectors.toUnmodifiableMap(MemberState::alpha3, Function.identity())),
                    List.copyOf(repository.findAllGroups()));
            directory = current;
        }
        return current;
    }
}

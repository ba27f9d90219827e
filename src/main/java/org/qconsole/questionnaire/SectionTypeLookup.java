package org.qconsole.questionnaire;

import java.util.Optional;
import org.qconsole.plugin.GuardedSectionType;

/** Finds an installed, running plugin section type by its id ({@code SectionTypeService::type}). */
@FunctionalInterface
public interface SectionTypeLookup {

    /** For questionnaires read without plugins: every plugin section is unavailable. */
    SectionTypeLookup NONE = id -> Optional.empty();

    Optional<GuardedSectionType> find(String sectionTypeId);
}

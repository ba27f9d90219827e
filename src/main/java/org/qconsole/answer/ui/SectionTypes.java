package org.qconsole.answer.ui;

import java.util.Optional;
import org.qconsole.plugin.GuardedSectionType;

/** Finds the section type of a plugin section; empty when its plugin is missing or failed. */
@FunctionalInterface
public interface SectionTypes {

    /** For forms shown where no plugin can be used: plugin sections show as unavailable. */
    SectionTypes NONE = id -> Optional.empty();

    Optional<GuardedSectionType> find(String sectionTypeId);
}

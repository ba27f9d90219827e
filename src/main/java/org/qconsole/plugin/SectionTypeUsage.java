package org.qconsole.plugin;

import java.util.List;
import java.util.Map;

/**
 * Which template versions use each plugin section type (by type id), for the plugins page. Declared
 * here and answered by the template feature, which depends on plugins, not the other way round.
 */
public interface SectionTypeUsage {

    Map<String, List<String>> sectionTypeUsage();
}

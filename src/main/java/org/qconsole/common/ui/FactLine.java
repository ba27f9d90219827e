package org.qconsole.common.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The parts of a line of facts ("France (FRA) · CU 2023/187"), those left empty dropped with their separator:
 * a circular reference is optional, and "France (FRA) ·  · deadline" reads as a mistake.
 */
public final class FactLine {

    private static final String SEPARATOR = " · ";

    private FactLine() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(SEPARATOR));
    }
}

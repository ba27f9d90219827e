package org.qconsole.country;

/** A United Nations regional group, e.g. {@code WEOG} "Western European and other States". */
public record RegionalGroup(String code, String name) {
}

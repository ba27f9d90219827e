/**
 * The API that section plugins compile against: {@link org.qconsole.plugin.api.SectionType} and the
 * values it exchanges with the console. Nothing else of the console is visible to plugins; see
 * {@code plugins/README.md} for a guide.
 */
package org.qconsole.plugin.api;

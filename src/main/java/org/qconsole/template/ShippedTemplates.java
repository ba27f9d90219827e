package org.qconsole.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Questionnaires that ship with the console, as template JSON files on the classpath. */
public final class ShippedTemplates {

    /** The UNCAC secretariat's 2023 questionnaire on ICT for international cooperation and asset recovery. */
    public static final Shipped ICT_2023 = new Shipped("ICT-2023",
            "Use of ICT for international cooperation and asset recovery (2023)", "/templates/ict-questionnaire-2023.json");

    public static final List<Shipped> ALL = List.of(ICT_2023);

    private ShippedTemplates() {
    }

    /** A shipped template file. */
    public record Shipped(String code, String description, String resource) {

        public byte[] bytes() {
            try (InputStream in = ShippedTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing shipped template " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.qconsole.response;

import static org.qconsole.template.TemplateFixtures.question;

import java.util.List;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;

/** A questionnaire (for service and view tests) asking for the relevant legislation as files (at most 3) and a name. */
public final class DocumentFixtures {

    public static final String LAWS = "q1_laws";

    private DocumentFixtures() {
    }

    public static TemplateDefinition legislation() {
        return new TemplateDefinition(LocalizedText.en("Legislation"), "CU 2026/9", LocalizedText.EMPTY, List.of(),
                List.of(new Section("s1", "I", LocalizedText.en("Laws"), LocalizedText.EMPTY, List.of(), List.of(
                        question(LAWS, "1", "Please attach the relevant legislation.",
                                new AnswerSpec.Documents(3, null), List.of()),
                        question("q2_name", "2", "Name of the authority", new AnswerSpec.ShortText(200), List.of())),
                        null)));
    }

    public static long publish(TemplateService templates, String prefix) {
        return TemplateFixtures.publish(templates, prefix, legislation()).id();
    }
}

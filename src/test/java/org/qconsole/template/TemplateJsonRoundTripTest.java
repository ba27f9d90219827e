package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;

/** Export then import loses nothing: the format is a contract (docs/template-format.md). */
class TemplateJsonRoundTripTest {

    @Test
    void everyKindSurvivesARoundTrip() throws Exception {
        TemplateDocument document = TemplateDocument.of("ICT-TEST", TemplateFixtures.everyKind());

        String json = TemplateJson.write(document);
        TemplateDocument back = TemplateJson.readDocument(json);

        assertThat(back).isEqualTo(document);
        assertThat(TemplateJson.write(back)).isEqualTo(json);
        assertThat(json).contains("\"kind\" : \"multipleChoice\"", "\"equals\" : {", "\"fr\" : \"Utilisez-vous les TIC ?\"");
    }

    @Test
    void anOptionChosenAloneIsWrittenOnlyWhereSetAndReadBack() throws Exception {
        var none = TemplateFixtures.option("none", "None of these").withExclusive(true);
        var means = new AnswerSpec.MultipleChoice(List.of(TemplateFixtures.option("email", "Email"), none), null);
        TemplateDefinition withNone = TemplateFixtures.withItems(TemplateFixtures.everyKind(), List.of(
                TemplateFixtures.question("q9_means", "9", "Which means?", means, List.of())));

        String json = TemplateJson.write(TemplateDocument.of("ICT-NONE", withNone));

        assertThat(json).containsOnlyOnce("\"exclusive\" : true");
        assertThat(TemplateJson.readDocument(json).version()).isEqualTo(withNone);
        assertThat(TemplateJson.write(TemplateDocument.of("ICT-TEST", TemplateFixtures.everyKind())))
                .as("files without it are written as before").doesNotContain("exclusive");
        assertThat(TemplateValidator.validate(withNone)).isEmpty();
    }

    @Test
    void theFixtureIsValid() {
        assertThat(TemplateValidator.validate(TemplateFixtures.everyKind())).isEmpty();
    }
}

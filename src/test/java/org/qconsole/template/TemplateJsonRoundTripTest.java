package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    void theFixtureIsValid() {
        assertThat(TemplateValidator.validate(TemplateFixtures.everyKind())).isEmpty();
    }
}

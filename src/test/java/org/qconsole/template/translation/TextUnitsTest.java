package org.qconsole.template.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.template.model.TemplateJson;

/** The texts of one part of a version, as the designer's table of translations lists and changes them. */
class TextUnitsTest {

    private static JsonNode part(String json) throws Exception {
        return TemplateJson.mapper().readTree(json);
    }

    @Test
    void aPartsTextsAreNamedByTheirKeysAndAListsOptionsAreLeftToTheList() throws Exception {
        JsonNode part = part("""
                {"answer": {"kind": "table", "columns": [
                  {"key": "sector", "label": {"en": "Sector", "fr": "Secteur"}, "type": "CHOICE",
                   "optionList": "sectors", "options": [{"value": "agri", "label": {"en": "Agriculture"}}]},
                  {"key": "IN SOME", "label": {"en": "In some", "ru": ""}, "type": "TEXT"}]}}""");

        assertThat(TextUnits.textsOf(part)).extracting(TextUnits.PartText::id)
                .containsExactly("answer.columns.sector.label", "answer.columns.IN:0020SOME.label");
        assertThat(TextUnits.textsOf(part).get(0).text().in(Language.FR)).isEqualTo("Secteur");
        assertThat(TextUnits.textsOf(part).get(1).text().has(Language.RU)).as("an empty text is no translation")
                .isFalse();
        assertThat(TextUnits.where("answer.columns.IN:0020SOME.label", Language.FR))
                .isEqualTo("answer › colonne IN SOME › label");
        assertThat(TextUnits.where("optionLists.sectors.options.agri.label", Language.EN))
                .isEqualTo("option list sectors › option agri › label");
    }

    @Test
    void aTextIsChangedInOneLanguageInACopyAndAnEmptyOneIsRemoved() throws Exception {
        JsonNode part = part("""
                {"footnotes": [{"marker": "1", "text": {"en": "See annex", "es": "Véase el anexo"}}]}""");

        JsonNode french = TextUnits.withText(part, "footnotes.1.text", Language.FR, " Voir l’annexe ");
        JsonNode noSpanish = TextUnits.withText(french, "footnotes.1.text", Language.ES, "");

        assertThat(french.at("/footnotes/0/text/fr").asText()).isEqualTo("Voir l’annexe");
        assertThat(part.at("/footnotes/0/text").has("fr")).as("the part given is left as it was").isFalse();
        assertThat(noSpanish.at("/footnotes/0/text").has("es")).isFalse();
        assertThat(noSpanish.at("/footnotes/0/text/en").asText()).isEqualTo("See annex");
        assertThatThrownBy(() -> TextUnits.withText(part, "footnotes.2.text", Language.FR, "Non"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.XliffTranslator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The translation round trip as the secretariat and its translators do it: the draft's texts exported as XLIFF
 * 2.0 for Spanish, translated in the file as a translator's tool does (a target beside each source), checked,
 * previewed and applied; and every file that must not be applied refused with its reason, nothing changed.
 */
@ConsoleTest
class TranslationServiceTest {

    @Autowired
    TemplateService templates;
    @Autowired
    TranslationService translations;
    @Autowired
    ConsoleOidcUserService users;

    private TemplateVersion draft;

    @BeforeEach
    void aDraftOfEveryKind() {
        SignIn.as(users, "secretariat");
        draft = TemplateFixtures.draftOfEveryKind(templates, "TR");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTranslatorsSpanishFileIsPreviewedAndAppliedInOneStep() throws Exception {
        assertThat(translations.completeness(draft.id())).filteredOn(s -> s.language() == Language.ES)
                .singleElement().satisfies(es -> assertThat(es.translated()).isZero());
        byte[] exported = spanishXliff();
        String xliff = new String(exported, StandardCharsets.UTF_8);
        assertThat(xliff).contains("srcLang=\"en\"", "trgLang=\"es\"",
                "<unit id=\"sections.s1_general.items.q1_used.items.q1a_which.answer.options.email.label\"",
                "<source>Do you use &lt;b&gt;ICT&lt;/b&gt;?</source>", "Formatted text: keep its tags");

        TranslationPreview preview = translations.preview(draft.id(), XliffTranslator.translate(exported, source -> "ES " + source));

        assertThat(preview.language()).isEqualTo(Language.ES);
        assertThat(preview.changes()).as("every text of the draft").hasSize(translations.missing(draft.id(), Language.ES).size());
        assertThat(preview.outdated()).isEmpty();
        assertThat(templates.version(draft.id()).definition().title().has(Language.ES)).as("nothing applied yet")
                .isFalse();

        TemplateVersion translated = translations.apply(preview);

        Question used = translated.definition().questions().stream().filter(q -> q.key().equals("q1_used"))
                .findFirst().orElseThrow();
        assertThat(used.text().in(Language.ES)).isEqualTo("ES Do you use <b>ICT</b>?");
        assertThat(used.text().in(Language.FR)).as("other languages kept").isEqualTo("Utilisez-vous les TIC ?");
        assertThat(translated.definition().title().in(Language.ES)).isEqualTo("ES ICT use");
        assertThat(translations.completeness(draft.id())).filteredOn(s -> s.language() == Language.ES)
                .singleElement().satisfies(es -> assertThat(es.complete()).isTrue());
        assertThat(translations.missing(draft.id(), Language.ES)).isEmpty();
        assertThat(translations.missing(draft.id(), Language.FR)).isNotEmpty();
    }

    @Test
    void aTextWhoseEnglishChangedSinceTheExportIsOutdatedAndNotApplied() throws Exception {
        byte[] exported = spanishXliff();
        TemplateVersion current = templates.version(draft.id());
        templates.saveDraft(draft.id(), current.revision(), current.definition()
                .withTitle(LocalizedText.en("ICT use in 2026")));

        TranslationPreview preview = translations.preview(draft.id(), XliffTranslator.translate(exported, source -> "ES " + source));

        assertThat(preview.outdated()).singleElement().satisfies(outdated -> {
            assertThat(outdated.id()).isEqualTo("title");
            assertThat(outdated.english()).isEqualTo("ICT use in 2026");
        });
        assertThat(preview.changes()).noneMatch(change -> change.id().equals("title"));
        assertThat(translations.apply(preview).definition().title().has(Language.ES)).isFalse();
    }

    @Test
    void aDraftSavedBetweenPreviewAndApplyIsNotOverwritten() throws Exception {
        TranslationPreview preview = translations.preview(draft.id(),
                XliffTranslator.translate(spanishXliff(), source -> "ES " + source));
        TemplateVersion current = templates.version(draft.id());
        templates.saveDraft(draft.id(), current.revision(), current.definition());

        assertThatThrownBy(() -> translations.apply(preview)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("since the file was checked");
    }

    @Test
    void unitsWithUnknownIdsInlineCodesOrForeignMarkupAreRefusedByIdAndNothingIsApplied() throws Exception {
        String translated = new String(XliffTranslator.translate(spanishXliff(),
                source -> "ES " + source), StandardCharsets.UTF_8);
        String forged = translated
                .replace("unit id=\"title\"", "unit id=\"sections.s9.title\"")
                .replace("<target>ES Name of the authority</target>",
                        "<target>ES <pc id=\"1\">Nombre</pc></target>")
                .replace("<target>ES Please elaborate.</target>",
                        "<target>ES &lt;img src=x onerror=alert(1)&gt;</target>")
                .replace("<target>ES How many cases?</target>", "<target>&lt;i&gt;Cuántos&lt;/i&gt;</target>");

        assertThatThrownBy(() -> translations.preview(draft.id(), forged.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("The translation was not imported: 4 units have problems."
                            + " Nothing was changed.");
                    assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                            .contains("Unit sections.s9.title", "no such text"))
                            .anySatisfy(p -> assertThat(p).contains("q3_name", "inline codes"))
                            .anySatisfy(p -> assertThat(p).contains("q4_details", "script or an event handler"))
                            .anySatisfy(p -> assertThat(p).contains("q5_cases", "<i>"));
                    assertThat(e.problems()).extracting(p -> p.in(Language.FR)).contains("Unité sections.s9.title :"
                            + " cette version n’a pas ce texte (il a été supprimé ou renommé depuis l’export)");
                });
        assertThat(templates.version(draft.id()).revision()).isEqualTo(draft.revision());
    }

    @Test
    void filesForAnotherVersionLanguageOrFormatAreRefusedWithTheReason() throws Exception {
        byte[] exported = spanishXliff();
        String xliff = new String(exported, StandardCharsets.UTF_8);
        TemplateVersion other = templates.create("TR-" + UUID.randomUUID().toString().substring(0, 8), "Other");

        assertThatThrownBy(() -> translations.preview(other.id(), exported)).hasMessageContaining(
                "holds the texts of the questionnaire " + draft.code() + ", not of " + other.code());
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(xliff.replace("trgLang=\"es\"",
                "trgLang=\"de\"")))).hasMessageContaining("\"de\", a language the console does not know");
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(xliff.replace("trgLang=\"es\"",
                "trgLang=\"x!\"")))).hasMessageContaining("The target language value 'x!' is invalid");
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(xliff.replace("trgLang=\"es\"",
                "trgLang=\"en\"")))).hasMessageContaining("English is the language texts are translated from");
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(xliff.replace("</file>", ""))))
                .hasMessageStartingWith("The file is not a valid XLIFF 2.0 document: ")
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.reason(Language.RU))
                        .startsWith("Файл не является допустимым документом XLIFF 2.0: "));
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes("<xliff version=\"1.2\" xmlns=\"urn:oasis:"
                + "names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" datatype=\"plaintext\">"
                + "<body/></file></xliff>"))).hasMessageStartingWith("The file is not a valid XLIFF 2.0 document");
        String duplicated = xliff
                .replace("unit id=\"introduction\"", "unit id=\"title\"");
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(duplicated)))
                .hasMessageContaining("Duplicated unit id value 'title'");
        assertThatThrownBy(() -> translations.preview(draft.id(), bytes(xliff.replace("<mda:meta type=\"version\">",
                "<mda:meta type=\"edition\">")))).hasMessageContaining("does not name the questionnaire version");
        assertThat(templates.version(draft.id()).revision()).isEqualTo(draft.revision());
    }

    @Test
    void aPublishedVersionTakesNoTranslationAndCountryUsersMayNotTranslate() {
        TemplateVersion published = templates.publish(draft.id());

        assertThatThrownBy(() -> translations.export(published.id(), Language.ES, TranslationFormat.XLIFF))
                .hasMessageContaining("Create a new draft from it to translate it");
        SignIn.as(users, "swe.focal");
        assertThatThrownBy(() -> translations.completeness(published.id())).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] spanishXliff() {
        return translations.export(draft.id(), Language.ES, TranslationFormat.XLIFF);
    }
}

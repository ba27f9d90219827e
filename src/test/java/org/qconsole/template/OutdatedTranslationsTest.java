package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.support.XliffTranslator;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A translation made from an English text that changed since is outdated: counted per language, listed with the
 * English then and now, flagged to translators in the exported file, and current again once someone translates it
 * anew or a translator keeps it beside the new English.
 */
@ConsoleTest
class OutdatedTranslationsTest {

    private static final String TITLE_FR = "Usage des TIC";

    @Autowired
    TemplateService templates;
    @Autowired
    TranslationService translations;
    @Autowired
    ConsoleOidcUserService users;

    private long draft;

    @BeforeEach
    void aDraftWithAFrenchTitle() {
        SignIn.as(users, "secretariat");
        draft = TemplateFixtures.draftOfEveryKind(templates, "OUT").id();
        save(title -> new LocalizedText(Map.of(Language.EN, "ICT use", Language.FR, TITLE_FR)));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void changingTheEnglishMakesItsTranslationsOutdatedUntilTheyAreTranslatedAgain() {
        assertThat(french().outdated()).isZero();
        int missing = french().missing();

        save(title -> title.with(Language.EN, "ICT use in 2026"));

        assertThat(french().outdated()).isEqualTo(1);
        assertThat(french().missing()).as("outdated is not missing").isEqualTo(missing);
        assertThat(translations.outdated(draft, Language.FR)).singleElement().satisfies(outdated -> {
            assertThat(outdated.unit().id()).isEqualTo("title");
            assertThat(outdated.englishThen()).isEqualTo("ICT use");
            assertThat(outdated.unit().english()).isEqualTo("ICT use in 2026");
            assertThat(outdated.unit().translation()).isEqualTo(TITLE_FR);
        });
        assertThat(status(Language.ES).outdated()).as("no Spanish title to be outdated").isZero();
        assertThat(new String(translations.export(draft, Language.FR, TranslationFormat.XLIFF), StandardCharsets.UTF_8))
                .contains("The English changed since this translation was made; it was: ICT use");

        save(title -> title.with(Language.FR, "Usage des TIC en 2026"));
        assertThat(french().outdated()).isZero();
    }

    @Test
    void aTranslatorWhoKeepsTheTranslationBesideTheNewEnglishMakesItCurrent() throws Exception {
        save(title -> title.with(Language.EN, "ICT use (revised)"));
        byte[] exported = translations.export(draft, Language.FR, TranslationFormat.XLIFF);

        TranslationPreview preview = translations.preview(draft, XliffTranslator.translate(exported,
                source -> source.equals("ICT use (revised)") ? TITLE_FR : ""));
        assertThat(preview.unchanged()).isEqualTo(1);
        translations.apply(preview);

        assertThat(french().outdated()).isZero();
    }

    @Test
    void aNewDraftKeepsWhatItsTranslationsWereMadeFrom() {
        templates.publish(draft);
        draft = templates.newDraftFrom(draft).id();

        save(title -> title.with(Language.EN, "ICT use, second cycle"));

        assertThat(french().outdated()).isEqualTo(1);
    }

    @Test
    void aTranslationSavedBeforeSourcesWereKeptIsOutdatedOnceItsEnglishChanges() {
        TemplateDefinition definition = templates.version(draft).definition();
        String code = "OUT-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        draft = templates.importFile(TemplateJson.write(TemplateDocument.of(code, definition))
                .getBytes(StandardCharsets.UTF_8)).id(); // imported: its translations have no recorded source
        assertThat(french().outdated()).isZero();

        TemplateDefinition current = templates.version(draft).definition();
        templates.saveDraft(draft, templates.version(draft).revision(), current.withSections(List.of(
                withFirstQuestionText(current.sections().get(0), "Do you use ICT at work?"))));

        assertThat(translations.outdated(draft, Language.FR)).extracting(o -> o.unit().translation())
                .containsExactly("Utilisez-vous les TIC ?");
    }

    private void save(java.util.function.UnaryOperator<LocalizedText> title) {
        TemplateVersion version = templates.version(draft);
        templates.saveDraft(draft, version.revision(), version.definition()
                .withTitle(title.apply(version.definition().title())));
    }

    private static Section withFirstQuestionText(Section section, String english) {
        Question first = (Question) section.items().get(0);
        List<Item> items = new java.util.ArrayList<>(section.items());
        items.set(0, new Question(first.key(), first.number(), first.text().with(Language.EN, english),
                first.help(), first.answer(), first.required(), first.requiredWhen(), first.visibleWhen(),
                first.footnotes(), first.items(), first.supportingDocuments()));
        return new Section(section.key(), section.number(), section.title(), section.introduction(),
                section.footnotes(), items, section.plugin());
    }

    private TranslationStatus french() {
        return status(Language.FR);
    }

    private TranslationStatus status(Language language) {
        return translations.completeness(draft).stream().filter(s -> s.language() == language).findFirst()
                .orElseThrow();
    }
}

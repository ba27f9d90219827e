package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.support.XliffTranslator;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat has a draft translated into Spanish by a translator: it exports the texts as XLIFF from the
 * version page, the translator fills in the file, the secretariat imports it (a broken file first), sees what
 * changes, applies it, and the version shows Spanish complete and the form in Spanish.
 */
class TranslationJourneyTest extends BrowserJourney {

    @Autowired
    TemplateService templates;
    @Autowired
    TranslationService translations;
    @Autowired
    ConsoleOidcUserService users;

    private TemplateVersion draft;

    @BeforeEach
    void aDraft() {
        SignIn.as(users, "secretariat");
        try {
            TemplateVersion created = templates.create("TRJ-" + UUID.randomUUID().toString().substring(0, 6), "ICT use");
            draft = templates.saveDraft(created.id(), created.revision(), TemplateFixtures.everyKind());
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aDraftIsTranslatedIntoSpanishThroughAnXliffFile() throws Exception {
        signIn("secretariat");
        waitFor("main-navigation");
        browser.get(CONSOLE + "/templates/version/" + draft.id());
        openTranslations();
        choose("translation-language", "Español");
        click("translation-export");
        byte[] exported = Files.readAllBytes(waitForDownloadNamed(draft.code() + "-v1-es.xlf"));
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("trgLang=\"es\"",
                "<source>Do you use &lt;b&gt;ICT&lt;/b&gt;?</source>");

        upload("translation-import", file("broken", "<xliff version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
        waitForText("problems", "(?s).*The file is not a valid XLIFF 2.0 document.*");

        upload("translation-import", file("translated", XliffTranslator.translate(exported, text -> "ES " + text)));
        waitForText("translation-preview-summary", "29 texts get this translation; 0 already have it.*");
        assertAccessible("translation preview");
        click("translation-apply");

        waitForText("template-preview", "(?s).*Do you use ICT\\?.*");
        openTranslations();
        waitForText("translation-completeness", "(?s).*Complete.*"); // only Spanish can be: it was all "Incomplete"
        clickXpath("//vaadin-tab[normalize-space(.)='Preview']");
        choose("preview-language", "Español");
        waitForText("template-preview", "(?s).*ES Do you use ICT\\?.*ES How many cases\\?.*");
        SignIn.as(users, "secretariat");
        try {
            assertThat(translations.completeness(draft.id())).filteredOn(s -> s.language() == Language.ES)
                    .singleElement().satisfies(es -> assertThat(es.complete()).isTrue());
        } finally {
            SignIn.out();
        }
    }

    private void openTranslations() {
        clickXpath("//vaadin-tab[normalize-space(.)='Translations']");
        waitFor("translation-completeness");
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("xliff").resolve(name + ".xlf");
        Files.write(file, content);
        return file;
    }
}

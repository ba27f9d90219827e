package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.support.BrowserJourney;
import org.qconsole.support.SignIn;
import org.qconsole.support.WorkbookTranslator;
import org.qconsole.support.XliffTranslator;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat has a draft translated by translators: into Spanish through an XLIFF file, into Russian
 * through a workbook. Each time it exports the texts from the version page, the translator fills in the file,
 * the secretariat imports it (a broken file first), sees what changes, applies it, and the version shows the
 * language complete and the form in it; published, the version is sent to States in that language, while a
 * language not translated yet cannot be chosen.
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
            draft = TemplateFixtures.draftOfEveryKind(templates, "TRJ");
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
        assertComplete(Language.ES);

        publishAndSendIn("Español");
    }

    @Test
    void aDraftIsTranslatedIntoRussianThroughAWorkbook() throws Exception {
        signIn("secretariat");
        waitFor("main-navigation");
        browser.get(CONSOLE + "/templates/version/" + draft.id());
        openTranslations();
        choose("translation-language", "Русский");
        click("translation-export-xlsx");
        byte[] exported = Files.readAllBytes(waitForDownloadNamed(draft.code() + "-v1-ru.xlsx"));

        byte[] formula = WorkbookTranslator.edit(exported, book -> WorkbookTranslator.rowOf(
                book.getSheet("Translation"), "Name of the authority").getCell(3).setCellFormula("C2"));
        upload("translation-import", file("formula", formula, ".xlsx"));
        waitForText("problems", "(?s).*Cell D\\d+ \\(text .*\\) holds a formula.*");

        Path translated = file("translated", WorkbookTranslator.translate(exported, text -> "RU " + text), ".xlsx");
        upload("translation-import", translated);
        waitForText("translation-preview-summary", "29 texts get this translation; 0 already have it.*");
        click("translation-cancel");
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("translation-preview")));
        clickXpath("//*[@id='translation-completeness']/vaadin-grid-cell-content[normalize-space(.)='Русский']");
        waitForText("translation-missing", "(?s).*Do you use <b>ICT</b>\\?.*How many cases\\?.*");

        upload("translation-import", translated);
        waitForText("translation-preview-summary", "29 texts get this translation; 0 already have it.*");
        settle(); // the dialog's opening animation moves its buttons
        click("translation-apply");

        waitForText("template-preview", "(?s).*Do you use ICT\\?.*");
        openTranslations();
        waitForText("translation-completeness", "(?s).*Complete.*");
        clickXpath("//vaadin-tab[normalize-space(.)='Preview']");
        choose("preview-language", "Русский");
        waitForText("template-preview", "(?s).*RU Do you use ICT\\?.*RU How many cases\\?.*");
        assertComplete(Language.RU);

        publishAndSendIn("Русский");
    }

    /**
     * Publishes the draft from its page and sends it to Western Europe in English and {@code language}, after
     * seeing that a language with texts missing cannot be chosen.
     */
    private void publishAndSendIn(String language) {
        click("template-publish");
        waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[@slot='confirm-button']")))
                .click();
        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), draft.code() + " v1 · Published"));
        newCampaignForWesternEurope(draft.code() + " v1", "Translated " + draft.code(), 30);
        WebElement chinese = waitFor("campaign-languages").findElement(By.xpath(
                ".//vaadin-checkbox[starts-with(normalize-space(.), '中文')]"));
        assertThat(chinese.getText()).matches("中文 \\(\\d+ texts not translated\\)");
        assertThat(chinese.getDomProperty("disabled")).isEqualTo("true");
        tick("campaign-languages", language);
        assertAccessible("new campaign with its languages");
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), "Translated " + draft.code()));
        waitForText("campaign-facts", ".* · in English, " + language);
    }

    private void assertComplete(Language language) {
        SignIn.as(users, "secretariat");
        try {
            assertThat(translations.completeness(draft.id())).filteredOn(s -> s.language() == language)
                    .singleElement().satisfies(status -> assertThat(status.complete()).isTrue());
        } finally {
            SignIn.out();
        }
    }

    private void openTranslations() {
        clickXpath("//vaadin-tab[normalize-space(.)='Translations']");
        waitFor("translation-completeness");
    }

    private static Path file(String name, byte[] content) throws Exception {
        return file(name, content, ".xlf");
    }

    private static Path file(String name, byte[] content, String extension) throws Exception {
        Path file = Files.createTempDirectory("translation").resolve(name + extension);
        Files.write(file, content);
        return file;
    }
}

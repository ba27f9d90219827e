package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;

/** The secretariat uploads template files: a broken one is explained, a good one becomes a draft. */
class TemplateImportJourneyTest extends BrowserJourney {

    @Test
    void aBrokenFileIsExplainedAndAGoodOneOpensAsADraft() throws IOException {
        signIn("secretariat");
        waitFor("main-navigation");
        browser.get(CONSOLE + "/templates");

        upload(Files.writeString(Files.createTempFile("broken", ".json"), "{ \"format\": ", StandardCharsets.UTF_8));
        assertThat(waitFor("problems").getText()).contains("The file was not imported.",
                "The file ends before its JSON is complete");
        assertAccessible("templates page with an import's problems");

        String code = "UP-" + UUID.randomUUID().toString().substring(0, 6);
        String json = TemplateJson.write(TemplateDocument.of(code, TemplateFixtures.everyKind()));
        upload(Files.writeString(Files.createTempFile("good", ".json"), json, StandardCharsets.UTF_8));

        waitUntil(ExpectedConditions.textToBe(By.id("template-version-heading"), code + " v1 · Draft"));
        assertThat(waitFor("template-preview").getText()).contains("How many cases?", "Requests per year");
    }

    private void upload(Path file) {
        WebElement upload = waitFor("template-import");
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }
}

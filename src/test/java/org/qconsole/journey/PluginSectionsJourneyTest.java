package org.qconsole.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qconsole.support.BrowserJourney;

/**
 * The three shipped plugins end to end: the secretariat designs a questionnaire of plugin sections,
 * configures each, watches the preview, publishes and sends it; Sweden's focal point fills every
 * section in and submits. The plugins' ids start with their section's key (contact_details, ...).
 */
class PluginSectionsJourneyTest extends BrowserJourney {

    private final String code = "PLUG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void theSecretariatDesignsWithThePluginsAndACountryFillsThemIn() {
        signIn("secretariat");
        designNewTemplate(code, "Contacts and tools");

        choose("designer-add-plugin-section", "Contact details of the focal point");
        tick("contact_details-required-fields", "Phone");
        choose("designer-add-plugin-section", "Inventory of ICT tools");
        type("ict_inventory-max-tools", "3");
        choose("designer-add-plugin-section", "GlobE Network membership by authority");
        type("globe_membership-authorities", "fiu: Financial intelligence unit\npolice: Police");
        waitUntil(ExpectedConditions.textToBe(By.id("designer-status"), "All changes saved"));

        WebElement preview = waitFor("designer-preview");
        assertThat(preview.findElements(By.id("contact_details-name"))).hasSize(1);
        assertThat(preview.findElements(By.id("ict_inventory-add"))).hasSize(1);
        radio("globe_membership-fiu-member", "Yes");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("globe_membership-fiu-threema")));
        screenshot("designer-plugins");
        publishFromTheDesigner(code);
        newCampaignForWesternEurope(code + " v1", "Contacts " + code, 30);
        click("campaign-send");
        waitUntil(ExpectedConditions.textToBe(By.id("campaign-heading"), "Contacts " + code));
        click("logout");
        waitUntilOnKeycloakLogin();

        signIn("swe.focal");
        browser.get(CONSOLE + "/inbox");
        clickXpath("//vaadin-grid-cell-content[normalize-space(.)='Contacts " + code + "']");
        type("contact_details-name", "Erik Lindqvist");
        type("contact_details-authority", "Swedish Prosecution Authority");
        type("contact_details-email", "erik.lindqvist@justice.se");
        type("contact_details-phone", "+46 8 405 10 00");
        click("section-next"); // one section at a time
        click("ict_inventory-add");
        type("ict_inventory-name-1", "Case management system");
        choose("ict_inventory-category-1", "Case management systems");
        click("section-next");
        radio("globe_membership-fiu-member", "Yes");
        radio("globe_membership-fiu-threema", "No");
        radio("globe_membership-police-member", "No");
        radio("globe_membership-police-plans", "Undecided");
        waitForText("response-status", "All answers saved");
        waitForText("response-progress", "100% complete.*");
        screenshot("fill-in-plugins");

        click("response-submit");
        waitForText("response-status", "Read only");
        click("section-previous");
        click("section-previous");
        assertThat(waitFor("contact_details-name").getDomProperty("value")).isEqualTo("Erik Lindqvist");
    }
}

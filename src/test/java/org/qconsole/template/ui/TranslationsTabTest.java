package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.Outdated;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.TranslationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The version page counts each language's outdated translations and lists them with the English then and now. */
class TranslationsTabTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;

    @Test
    void aFrenchDesignerSeesWhichTranslationsAreOutdated() {
        SignIn.as(users, "secretariat");
        long draft = TemplateFixtures.draftOfEveryKind(templates, "TAB").id();
        retitle(draft, new LocalizedText(Map.of(Language.EN, "ICT use", Language.ES, "Uso de las TIC")));
        retitle(draft, new LocalizedText(Map.of(Language.EN, "ICT use in 2026", Language.ES, "Uso de las TIC")));

        signInAs("secretariat");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(TemplateVersionView.class, draft);
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("template-version-tabs"));
        for (int i = 0; tabs.getSelectedTab() == null || !tabs.getSelectedTab().getLabel().equals("Traductions"); i++) {
            tabs.setSelectedIndex(i);
        }
        @SuppressWarnings("unchecked")
        Grid<TranslationStatus> completeness = _get(Grid.class, s -> s.withId("translation-completeness"));
        int spanish = completeness.getListDataView().getItems().toList().indexOf(completeness.getListDataView()
                .getItems().filter(s -> s.language() == Language.ES).findFirst().orElseThrow());

        assertThat(_getFormatted(completeness, spanish, "outdated")).isEqualTo("1");
        assertThat(_getFormatted(completeness, spanish, "state")).isEqualTo("Incomplète");
        completeness.select(completeness.getListDataView().getItem(spanish));

        @SuppressWarnings("unchecked")
        Grid<Outdated> outdated = _get(Grid.class, s -> s.withId("translation-outdated"));
        assertThat(_getFormatted(outdated, 0, "then")).isEqualTo("ICT use");
        assertThat(_getFormatted(outdated, 0, "now")).isEqualTo("ICT use in 2026");
        assertThat(_getFormatted(outdated, 0, "translation")).isEqualTo("Uso de las TIC");
        assertThat(outdated.getListDataView().getItemCount()).isEqualTo(1);
    }

    private void retitle(long draft, LocalizedText title) {
        TemplateVersion version = templates.version(draft);
        templates.saveDraft(draft, version.revision(), version.definition().withTitle(title));
    }
}

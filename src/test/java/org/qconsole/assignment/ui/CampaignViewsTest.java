package org.qconsole.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.Assignment;
import org.qconsole.country.RegionalGroup;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;

/** Sending a questionnaire to a regional group, and each country's inbox. */
class CampaignViewsTest extends ViewTest {

    @Autowired
    TemplateService templates;

    private String code;

    @BeforeEach
    void publishATemplate() {
        signInAs("secretariat");
        code = "CV-" + UUID.randomUUID().toString().substring(0, 6);
        TemplateVersion draft = templates.importFile(TemplateJson.write(TemplateDocument.of(code,
                TemplateFixtures.everyKind())).getBytes(StandardCharsets.UTF_8));
        templates.publish(draft.id());
    }

    @Test
    void theSecretariatSendsAQuestionnaireToTheAfricanGroupAndKenyaFindsItInItsInbox() {
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, s -> s.withId("campaign-new")));
        @SuppressWarnings("unchecked")
        Select<NewCampaignDialog.VersionChoice> version = _get(Select.class, s -> s.withId("campaign-version"));
        _setValue(version, version.getListDataView().getItems().filter(v -> v.label().startsWith(code)).findFirst()
                .orElseThrow());
        assertThat(_get(TextField.class, s -> s.withId("campaign-title")).getValue()).isEqualTo("ICT use");
        assertThat(_get(TextField.class, s -> s.withId("campaign-reference")).getValue()).isEqualTo("CU 2026/1");
        _setValue(_get(TextField.class, s -> s.withId("campaign-title")), "ICT use " + code);
        _setValue(_get(DatePicker.class, s -> s.withId("campaign-deadline")), LocalDate.now().plusDays(60));
        _setValue(_get(Checkbox.class, s -> s.withId("campaign-hard-deadline")), true);
        @SuppressWarnings("unchecked")
        CheckboxGroup<RegionalGroup> groups = _get(CheckboxGroup.class, s -> s.withId("campaign-groups"));
        _setValue(groups, Set.of(groups.getListDataView().getItems().filter(g -> g.code().equals("AFRICAN"))
                .findFirst().orElseThrow()));
        assertThat(_get(Span.class, s -> s.withId("campaign-count")).getText()).isEqualTo("54 member States selected");
        _click(_get(Button.class, s -> s.withId("campaign-send")));

        _get(CampaignView.class);
        assertThat(_get(H1.class, s -> s.withId("campaign-heading")).getText()).isEqualTo("ICT use " + code);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("campaign-facts")).getText())
                .startsWith(code).contains(" · CU 2026/1 · deadline ").endsWith(" · 54 States · in English");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("campaign-hard-deadline"))
                .getText()).startsWith("The deadline is hard: after it, a State can submit only if");
        @SuppressWarnings("unchecked")
        Grid<Assignment> grid = _get(Grid.class, s -> s.withId("assignment-grid"));
        assertThat(grid.getListDataView().getItems().map(a -> a.country().alpha3()).toList()).hasSize(54)
                .contains("KEN").doesNotContain("SWE");

        signInAs("ken.contributor");
        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<Assignment> inbox = _get(Grid.class, s -> s.withId("inbox-grid"));
        assertThat(inbox.getListDataView().getItems().toList())
                .anySatisfy(a -> assertThat(a.campaignTitle()).isEqualTo("ICT use " + code))
                .allSatisfy(a -> assertThat(a.country().alpha3()).isEqualTo("KEN"));
        int row = inbox.getListDataView().getItems().map(Assignment::campaignTitle).toList().indexOf("ICT use " + code);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(inbox, row, "completion")).isEqualTo("0%");
    }

    @Test
    void aDeadlineInThePastIsRefusedWithAReason() {
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, s -> s.withId("campaign-new")));
        @SuppressWarnings("unchecked")
        Select<NewCampaignDialog.VersionChoice> version = _get(Select.class, s -> s.withId("campaign-version"));
        _setValue(version, version.getListDataView().getItems().filter(v -> v.label().startsWith(code)).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("campaign-send")));

        assertThat(_get(Paragraph.class, s -> s.withId("campaign-error")).getText())
                .isEqualTo("The deadline must be a date after today.");
    }
}

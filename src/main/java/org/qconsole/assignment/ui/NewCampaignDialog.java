package org.qconsole.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.Campaign;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.qconsole.country.RegionalGroup;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Language;
import org.qconsole.template.TemplateSummary;
import org.qconsole.template.TranslationService;
import org.qconsole.template.TranslationStatus;
import org.qconsole.template.VersionStatus;

/**
 * Sends a published questionnaire to member States: all 193, whole regional groups, or individual
 * States found by name or code.
 */
class NewCampaignDialog extends Dialog {

    /** A published version to choose from. */
    record VersionChoice(long id, String label) {
    }

    private final transient AssignmentService assignments;
    private final transient TemplateService templates;
    private final transient TranslationService translations;
    private final transient List<MemberState> states;
    private final Select<VersionChoice> version = new Select<>();
    private final TextField title = new TextField(getTranslation("assignment.campaigns.title"));
    private final TextField reference = new TextField(getTranslation("assignment.new.reference"));
    private final DatePicker deadline = new DatePicker(getTranslation("assignment.campaign.deadline"));
    private final Checkbox hardDeadline = new Checkbox(getTranslation("assignment.new.hardDeadline"));
    private final Checkbox everyone = new Checkbox(getTranslation("assignment.new.everyone"));
    private final CheckboxGroup<RegionalGroup> groups = new CheckboxGroup<>(
            getTranslation("assignment.new.groups"));
    private final MultiSelectComboBox<MemberState> individual = new MultiSelectComboBox<>(
            getTranslation("assignment.new.individual"));
    private final CheckboxGroup<Language> languages = new CheckboxGroup<>(
            getTranslation("assignment.new.languages"));
    private final transient Map<Language, TranslationStatus> translated = new EnumMap<>(Language.class);
    private final Span count = new Span();
    private final Paragraph error = new Paragraph();

    NewCampaignDialog(AssignmentService assignments, TemplateService templates, TranslationService translations,
            MemberStateService memberStates) {
        this.assignments = assignments;
        this.templates = templates;
        this.translations = translations;
        this.states = memberStates.findAll();
        setHeaderTitle(getTranslation("assignment.new.heading"));
        setWidth("48rem");

        version.setLabel(getTranslation("assignment.new.version"));
        version.setId("campaign-version");
        version.setItems(publishedVersions());
        version.setItemLabelGenerator(VersionChoice::label);
        version.addValueChangeListener(e -> prefill(e.getValue()));
        title.setId("campaign-title");
        reference.setId("campaign-reference");
        deadline.setId("campaign-deadline");
        deadline.setMin(LocalDate.now().plusDays(1));
        hardDeadline.setId("campaign-hard-deadline");
        hardDeadline.setTooltipText(getTranslation("assignment.new.hardDeadlineHelp"));
        everyone.setId("campaign-all");
        groups.setId("campaign-groups");
        groups.setItems(memberStates.findAllGroups());
        groups.setItemLabelGenerator(group -> group.in(Language.of(getLocale())));
        individual.setId("campaign-states");
        individual.setItems(states);
        individual.setItemLabelGenerator(state -> state.label(getLocale()));
        individual.setWidthFull();
        count.setId("campaign-count");
        error.setId("campaign-error");
        error.addClassName("qc-error");
        everyone.addValueChangeListener(e -> updateCount());
        groups.addValueChangeListener(e -> updateCount());
        individual.addValueChangeListener(e -> updateCount());
        updateCount();

        configureLanguages();

        FormLayout form = new FormLayout(version, title, reference, deadline, hardDeadline, languages, everyone, groups,
                individual);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, count, error);
        Button send = new Button(getTranslation("assignment.new.send"), e -> send());
        send.setId("campaign-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    private List<VersionChoice> publishedVersions() {
        return templates.templates().stream().flatMap((TemplateSummary t) -> t.versions().stream()
                .filter(v -> v.status() == VersionStatus.PUBLISHED)
                .map(v -> new VersionChoice(v.id(), t.code() + " v" + v.number() + " · " + v.title()))).toList();
    }

    /** English always; another language when the chosen version is completely translated into it. */
    private void configureLanguages() {
        languages.setId("campaign-languages");
        languages.setItems(Language.values());
        languages.setValue(Set.of(Language.EN));
        languages.setItemEnabledProvider(language -> language != Language.EN && isTranslated(language));
        languages.setItemLabelGenerator(this::languageLabel);
        languages.setHelperText(getTranslation("assignment.new.languagesHelp"));
    }

    private String languageLabel(Language language) {
        TranslationStatus status = translated.get(language);
        if (isTranslated(language) || status == null) {
            return language.nativeName();
        }
        return getTranslation("assignment.new.notTranslated", language.nativeName(), status.missing());
    }

    /** Whether the chosen version has every text in this language (unknown, so yes, before a choice). */
    private boolean isTranslated(Language language) {
        TranslationStatus status = translated.get(language);
        return language == Language.EN || status == null || status.complete();
    }

    private void prefill(VersionChoice choice) {
        if (choice == null) {
            return;
        }
        translated.clear();
        translations.completeness(choice.id()).forEach(status -> translated.put(status.language(), status));
        languages.getDataProvider().refreshAll();
        languages.setValue(languages.getValue().stream().filter(this::isTranslated).collect(Collectors.toSet()));
        var definition = templates.version(choice.id()).definition();
        if (title.isEmpty()) {
            title.setValue(definition.title().english());
        }
        if (reference.isEmpty()) {
            reference.setValue(definition.circularReference());
        }
    }

    Set<String> recipients() {
        Set<String> codes = new TreeSet<>();
        for (MemberState state : states) {
            boolean inGroup = state.regionalGroup().map(g -> groups.getValue().contains(g)).orElse(false);
            if (everyone.getValue() || inGroup || individual.getValue().contains(state)) {
                codes.add(state.alpha3());
            }
        }
        return codes;
    }

    private void updateCount() {
        int n = recipients().size();
        count.setText(getTranslation("assignment.new.count", n));
    }

    private void send() {
        if (version.getValue() == null) {
            error.setText(getTranslation("assignment.new.noVersion"));
            return;
        }
        try {
            Campaign campaign = assignments.create(new NewCampaign(version.getValue().id(), title.getValue(),
                    reference.getValue(), deadline.getValue(), recipients(), languages.getValue(),
                    hardDeadline.getValue()));
            close();
            UI.getCurrent().navigate(CampaignView.class, campaign.id());
        } catch (AssignmentException e) {
            error.setText(e.reason(getLocale()));
        }
    }
}

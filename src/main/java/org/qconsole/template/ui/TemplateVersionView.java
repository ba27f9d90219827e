package org.qconsole.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qconsole.common.ui.Dates;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.common.ui.DownloadLink;
import org.qconsole.identity.Roles;
import org.qconsole.template.QuestionnairePdf;
import org.qconsole.template.AuditEntry;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TranslationService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.VersionStatus;
import org.qconsole.model.Language;

/**
 * One version of a template: a live preview exactly as country users will see it, its problems, its
 * history, and what the secretariat can do with it (publish, derive a new draft, retire, export).
 */
@Route("templates/version")
@RolesAllowed(Roles.SECRETARIAT)
class TemplateVersionView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient TemplateService templates;
    private final transient SectionTypeService sectionTypes;
    private final transient QuestionnairePdf pdfs;
    private final transient TranslationService translations;
    private final ProblemList problems = new ProblemList();
    private transient TemplateVersion version;

    public TemplateVersionView(TemplateService templates, SectionTypeService sectionTypes, QuestionnairePdf pdfs,
            TranslationService translations) {
        this.templates = templates;
        this.translations = translations;
        this.pdfs = pdfs;
        this.sectionTypes = sectionTypes;
        setId("template-version");
        addClassName("qc-page");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        try {
            version = templates.version(versionId);
            render();
        } catch (TemplateException e) {
            removeAll();
            add(new H1(getTranslation("template.version.notFound")), new Paragraph(e.reason(getLocale())));
        }
    }

    private void render() {
        removeAll();
        H1 heading = new H1(version.label() + " · " + getTranslation(version.status().messageKey()));
        heading.setId("template-version-heading");
        Paragraph title = new Paragraph(version.definition().title().english());
        title.setId("template-version-title");
        add(heading, title, actions(), problems, tabs());
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("template-version-actions");
        if (version.status() == VersionStatus.DRAFT) {
            actions.add(button(getTranslation("template.version.edit"), "template-edit", VaadinIcon.EDIT, false,
                    () -> UI.getCurrent().navigate(DesignerView.class, version.id())));
            actions.add(button(getTranslation("template.version.publish"), "template-publish", VaadinIcon.CHECK, true,
                    this::confirmPublish));
        } else {
            actions.add(button(getTranslation("template.version.newDraft"), "template-new-draft", VaadinIcon.COPY, false,
                    () -> act(() -> templates.newDraftFrom(version.id()))));
        }
        if (version.status() == VersionStatus.PUBLISHED) {
            actions.add(button(getTranslation("template.version.retire"), "template-retire", VaadinIcon.ARCHIVE, false,
                    this::confirmRetire));
        }
        if (version.status() != VersionStatus.DRAFT) {
            actions.add(DownloadLink.of(getTranslation("template.version.pdf"), "template-pdf",
                    version.code() + "-v" + version.number() + ".pdf", "application/pdf",
                    () -> pdfs.blank(version.id(), Language.EN)));
        }
        actions.add(DownloadLink.of(getTranslation("template.version.export"), "template-export",
                version.code() + "-v" + version.number() + ".json", "application/json",
                () -> templates.exportBytes(version.id())));
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    private Component tabs() {
        TabSheet tabs = new TabSheet();
        tabs.setId("template-version-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("template.preview"), preview());
        if (version.isDraft()) {
            tabs.add(getTranslation("template.version.tab.problems"), problemsTab());
        }
        tabs.add(getTranslation("template.version.tab.translations"), new TranslationsTab(translations, version,
                e -> problems.show(e.reason(getLocale()), e.problems()), () -> act(() -> templates.version(version.id()))));
        tabs.add(getTranslation("template.version.tab.compare"), compare());
        tabs.add(getTranslation("template.version.tab.history"), history());
        return tabs;
    }

    private Component preview() {
        Select<Language> language = new Select<>();
        language.setId("preview-language");
        language.setLabel(getTranslation("template.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.EN);
        Div holder = new Div(new QuestionnaireForm(version.definition(), Language.EN, sectionTypes::type));
        holder.setId("template-preview");
        holder.setWidthFull();
        language.addValueChangeListener(e -> {
            holder.removeAll();
            holder.add(new QuestionnaireForm(version.definition(), e.getValue(), sectionTypes::type));
        });
        VerticalLayout preview = new VerticalLayout(new Span(getTranslation("template.version.previewNote")), language, holder);
        preview.setPadding(false);
        return preview;
    }

    private Component problemsTab() {
        List<Problem> found = templates.problems(version.id());
        ProblemList list = new ProblemList();
        if (found.isEmpty()) {
            list.show(getTranslation("template.problems.none"), List.of());
        } else {
            list.show(getTranslation("template.problems.count", found.size()), found);
        }
        list.setId("template-problems");
        return list;
    }

    private Component compare() {
        Select<TemplateVersion> other = new Select<>();
        other.setId("compare-with");
        other.setLabel(getTranslation("template.version.compareWith"));
        other.setItems(templates.versionsOf(version.templateId()).stream().filter(v -> v.id() != version.id()).toList());
        other.setItemLabelGenerator(v -> "v" + v.number() + " · " + getTranslation(v.status().messageKey()));
        Div result = new Div();
        result.setWidthFull();
        other.addValueChangeListener(e -> {
            result.removeAll();
            if (e.getValue() != null) {
                TemplateVersion older = e.getValue().number() < version.number() ? e.getValue() : version;
                TemplateVersion newer = older == version ? e.getValue() : version;
                result.add(new VersionDiffView(templates.diff(older.id(), newer.id(), Language.of(getLocale())), "v" + older.number(),
                        "v" + newer.number()));
            }
        });
        VerticalLayout compare = new VerticalLayout(other, result);
        compare.setPadding(false);
        return compare;
    }

    private Component history() {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("template-history");
        grid.addColumn(e -> Dates.moment(e.at())).setHeader(getTranslation("template.history.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("template.history.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("template.history.what")).setAutoWidth(true);
        grid.addColumn(e -> e.versionNumber() == null ? "" : "v" + e.versionNumber())
                .setHeader(getTranslation("template.item.VERSION"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("template.history.detail")).setFlexGrow(2);
        grid.setItems(templates.history(version.templateId()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("template.publish.heading", version.label()),
                getTranslation("template.publish.text"), getTranslation("template.version.publish"),
                e -> act(() -> templates.publish(version.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("template.retire.heading", version.label()),
                getTranslation("template.retire.text"), getTranslation("template.version.retire"),
                e -> act(() -> templates.retire(version.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void act(java.util.function.Supplier<TemplateVersion> action) {
        try {
            TemplateVersion result = action.get();
            UI.getCurrent().navigate(TemplateVersionView.class, result.id());
            if (result.id() == version.id()) {
                version = result;
                render();
            }
        } catch (TemplateException e) {
            problems.show(e.reason(getLocale()), e.problems());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("template.version.pageTitle"));
    }

    private static Button button(String label, String id, VaadinIcon icon, boolean primary, Runnable action) {
        Button button = new Button(label, icon.create(), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
